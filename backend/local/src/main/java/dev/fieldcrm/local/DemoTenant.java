package dev.fieldcrm.local;

import dev.fieldcrm.core.catalog.CatalogService;
import dev.fieldcrm.core.catalog.ConditionsPackageInput;
import dev.fieldcrm.core.catalog.PriceLineInput;
import dev.fieldcrm.core.catalog.PriceListInput;
import dev.fieldcrm.core.catalog.ProductInput;
import dev.fieldcrm.core.clients.Address;
import dev.fieldcrm.core.clients.BuyingRole;
import dev.fieldcrm.core.clients.Category;
import dev.fieldcrm.core.clients.Client;
import dev.fieldcrm.core.clients.ClientDetails;
import dev.fieldcrm.core.clients.ClientService;
import dev.fieldcrm.core.clients.ClientType;
import dev.fieldcrm.core.clients.CompanySize;
import dev.fieldcrm.core.clients.ContactDetails;
import dev.fieldcrm.core.clients.ContactService;
import dev.fieldcrm.core.clients.Contract;
import dev.fieldcrm.core.clients.Geography;
import dev.fieldcrm.core.clients.Money;
import dev.fieldcrm.core.clients.Priority;
import dev.fieldcrm.core.clients.Requisites;
import dev.fieldcrm.core.dynamo.CoreServices;
import dev.fieldcrm.core.journal.CheckIn;
import dev.fieldcrm.core.journal.InteractionInput;
import dev.fieldcrm.core.journal.InteractionType;
import dev.fieldcrm.core.journal.JournalService;
import dev.fieldcrm.core.abc.AbcRequest;
import dev.fieldcrm.core.abc.AbcService;
import dev.fieldcrm.core.orders.BillingService;
import dev.fieldcrm.core.orders.Invoice;
import dev.fieldcrm.core.orders.Order;
import dev.fieldcrm.core.orders.OrderInput;
import dev.fieldcrm.core.orders.OrderService;
import dev.fieldcrm.core.orders.PaymentInput;
import dev.fieldcrm.core.orders.ShipmentInput;
import dev.fieldcrm.core.shared.Caller;
import dev.fieldcrm.core.shared.Role;
import dev.fieldcrm.core.tasks.TaskKind;
import dev.fieldcrm.core.tasks.TaskPlan;
import dev.fieldcrm.core.tasks.TaskService;
import dev.fieldcrm.core.users.User;
import dev.fieldcrm.core.users.UserStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo tenant of the local run: a manager, two reps and an admin of one team, and clients with key
 * people, a journal and next steps due today, overdue and later, deals at every stage of both default
 * pipelines ({@link DemoDeals}), a catalog (products, conditions packages, a general and a partner price list)
 * and a few orders. Written through the core's use cases, so
 * the demo data obeys the same rules as data entered through the API.
 */
public final class DemoTenant {
    public static final String TENANT = "demo";
    public static final String TEAM = "north";
    public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    public static final List<User> USERS = List.of(
            new User("maria", "Мария Соколова", "maria@demo.fieldcrm.dev", Set.of(Role.MANAGER), TEAM, ZONE.getId(), "ru", true, 1),
            new User("anna", "Анна Петрова", "anna@demo.fieldcrm.dev", Set.of(Role.REP), TEAM, ZONE.getId(), "ru", true, 1),
            new User("ivan", "Иван Кузнецов", "ivan@demo.fieldcrm.dev", Set.of(Role.REP), TEAM, ZONE.getId(), "ru", true, 1),
            new User("admin", "Admin", "admin@demo.fieldcrm.dev", Set.of(Role.ADMIN), TEAM, ZONE.getId(), "en", true, 1));

    /** Clients of each rep with a confirmed sale (after the two with a draft and a submitted order). */
    private static final int SALES_PER_REP = 10;
    private static final String[] PREFIXES = {"ООО", "АО", "ИП", "ООО", "ЗАО"};
    private static final String[] NAMES = {"Ёлка", "Северный ветер", "Агроснаб", "ТехноМир", "Волга-Трейд", "Снежинка",
            "Берёзка", "СтройДвор", "Полюс", "Медведь", "Заря", "Ладога", "Кристалл", "Омега", "Глобус", "Радуга",
            "Меридиан", "Сапсан", "Вектор", "Исток", "Альтаир", "Уют", "Горизонт", "Фрегат", "Калина"};
    private static final City[] CITIES = {
            new City("Москва", "Москва", 55.7558, 37.6173), new City("Тверь", "Тверская область", 56.8587, 35.9176),
            new City("Ярославль", "Ярославская область", 57.6261, 39.8845), new City("Казань", "Татарстан", 55.7961, 49.1064),
            new City("Нижний Новгород", "Нижегородская область", 56.2965, 43.9361)};
    private static final String[] PEOPLE = {"Олег Смирнов", "Елена Иванова", "Сергей Попов", "Ольга Васильева",
            "Дмитрий Новиков", "Татьяна Морозова", "Алексей Волков", "Наталья Лебедева", "Павел Козлов", "Ирина Зайцева"};
    private static final String[] SUMMARIES = {"Обсудили объём на следующий квартал", "Презентовали новый прайс",
            "Клиент просит скидку за объём", "Визит: проверили выкладку, сделали фото", "Отправили КП по email",
            "Договорились о демонстрации", "Уточнили условия оплаты"};

    private record City(String name, String region, double lat, double lon) {
    }

    private record DemoProduct(String sku, String name, String unit, String vatRate, String price) {
    }

    private static final List<DemoProduct> PRODUCTS = List.of(
            new DemoProduct("TEA-GREEN-100", "Чай зелёный, 100 г", "шт", "20", "189.90"),
            new DemoProduct("COFFEE-BEANS-1KG", "Кофе в зёрнах, 1 кг", "шт", "20", "1450.00"),
            new DemoProduct("SUGAR-1KG", "Сахар, 1 кг", "кг", "10", "79.50"),
            new DemoProduct("FLOUR-2KG", "Мука пшеничная, 2 кг", "шт", "10", "112.00"),
            new DemoProduct("MILK-1L", "Молоко 3,2 %, 1 л", "шт", "10", "94.90"),
            new DemoProduct("WATER-05L", "Вода питьевая, 0,5 л", "шт", "20", "39.00"),
            new DemoProduct("BOOK-CATALOG", "Каталог продукции (печатный)", "шт", "0", "250.00"),
            new DemoProduct("PALLET-EUR", "Европоддон", "шт", "20", "650.00"));

    private final UserStore users;
    private final ClientService clients;
    private final ContactService contacts;
    private final JournalService journal;
    private final TaskService tasks;
    private final CatalogService catalog;
    private final OrderService orders;
    private final BillingService billing;
    private final AbcService abc;
    private final Clock clock;
    private final DynamoDbClient dynamo;
    private final String table;

    public DemoTenant(DynamoDbClient dynamo, String table, Clock clock) {
        this.clock = clock;
        this.dynamo = dynamo;
        this.table = table;
        CoreServices core = CoreServices.onDynamo(dynamo, table, "RU", clock);
        this.users = core.users();
        this.clients = core.clients();
        this.contacts = core.contacts();
        this.tasks = core.tasks();
        this.journal = core.journal();
        this.catalog = core.catalog();
        this.orders = core.orders();
        this.billing = core.billing();
        this.abc = core.abc();
    }

    public boolean isSeeded() {
        return users.find(TENANT, "maria").isPresent();
    }

    /** Seeds {@code clientsPerRep} clients for each rep; returns how many clients were written. */
    public int seed(int clientsPerRep) {
        USERS.forEach(u -> users.save(TENANT, u));
        seedCatalog();
        Random random = new Random(42);
        int written = 0;
        Map<Caller, List<Client>> clientsByRep = new LinkedHashMap<>();
        for (User rep : USERS.stream().filter(u -> u.roles().contains(Role.REP)).toList()) {
            Caller caller = new Caller(TENANT, rep.id(), rep.roles(), rep.teamId(), rep.zone());
            List<Client> seeded = new ArrayList<>();
            for (int i = 0; i < clientsPerRep; i++) {
                Client client = seedClient(caller, written++, random);
                seeded.add(client);
                if (i < 2) {
                    seedOrder(caller, client.id(), i);
                } else if (i < 2 + SALES_PER_REP) {
                    seedSale(caller, client.id(), i - 2);
                }
            }
            clientsByRep.put(caller, seeded);
        }
        User manager = USERS.stream().filter(u -> u.roles().contains(Role.MANAGER)).findFirst().orElseThrow();
        Caller managerCaller = new Caller(TENANT, manager.id(), manager.roles(), manager.teamId(), manager.zone());
        new DemoDeals(dynamo, table, clock).seed(clientsByRep, managerCaller);
        YearMonth month = YearMonth.now(clock.withZone(java.time.ZoneOffset.UTC));
        abc.run(managerCaller, new AbcRequest(month.minusMonths(11), month, null, null));
        return written;
    }

    /** The demo catalog: the two conditions packages the demo clients name, products, a general and a partner list. */
    private void seedCatalog() {
        Caller manager = new Caller(TENANT, "maria", Set.of(Role.MANAGER), TEAM, ZONE);
        catalog.putConditionsPackage(manager, "Стандарт", null, new ConditionsPackageInput("Стандарт", new BigDecimal("0"), 14));
        catalog.putConditionsPackage(manager, "Партнёр", null, new ConditionsPackageInput("Партнёр", new BigDecimal("5"), 30));
        LocalDate from = LocalDate.of(2026, 1, 1);
        catalog.putPriceList(manager, "BASE", null, new PriceListInput("Базовый прайс", "RUB", null, null, from, null, true));
        catalog.putPriceList(manager, "PARTNER", null, new PriceListInput("Прайс для партнёров", "RUB", "Партнёр", null, from, null, true));
        List<PriceLineInput> base = new java.util.ArrayList<>();
        List<PriceLineInput> partner = new java.util.ArrayList<>();
        for (DemoProduct p : PRODUCTS) {
            catalog.putProduct(manager, p.sku(), null, new ProductInput(p.name(), p.unit(), new BigDecimal(p.vatRate()),
                    new BigDecimal(p.price()).multiply(new BigDecimal("0.6")).setScale(2, java.math.RoundingMode.HALF_UP), true));
            base.add(new PriceLineInput(p.sku(), new BigDecimal(p.price())));
            partner.add(new PriceLineInput(p.sku(), new BigDecimal(p.price()).multiply(new BigDecimal("0.9"))
                    .setScale(2, java.math.RoundingMode.HALF_UP)));
        }
        catalog.putLines(manager, "BASE", base);
        catalog.putLines(manager, "PARTNER", partner);
    }

    /** A submitted order and a draft, so the card and the order list have something to show. */
    private void seedOrder(Caller rep, String clientId, int n) {
        List<OrderInput.Line> lines = List.of(new OrderInput.Line(PRODUCTS.get(n).sku(), new BigDecimal(10 + n * 5)),
                new OrderInput.Line(PRODUCTS.get(n + 3).sku(), new BigDecimal("2.5")));
        Order order = orders.create(rep, clientId, null, new OrderInput(lines, "Доставка до 12:00", null, null), null);
        if (n == 0) {
            orders.submit(rep, clientId, order.id(), order.version());
        }
    }

    /**
     * A sale to the rep's k-th client: the bigger k, the smaller the order (so the ABC analysis finds A, B and C
     * clients). Confirmed by the manager; most are shipped and invoiced, every third invoice is half paid.
     */
    private void seedSale(Caller rep, String clientId, int k) {
        Caller manager = new Caller(TENANT, "maria", Set.of(Role.MANAGER), TEAM, ZONE);
        BigDecimal quantity = BigDecimal.valueOf(Math.max(1, 60 / (k + 1)));
        List<OrderInput.Line> lines = List.of(new OrderInput.Line(PRODUCTS.get(k % PRODUCTS.size()).sku(), quantity),
                new OrderInput.Line(PRODUCTS.get((k + 4) % PRODUCTS.size()).sku(), BigDecimal.ONE));
        Order order = orders.create(rep, clientId, null, new OrderInput(lines, "Плановая поставка", null, null), null);
        order = orders.submit(rep, clientId, order.id(), order.version());
        order = orders.confirm(manager, clientId, order.id(), order.version());
        if (k % 4 == 3) {
            return;
        }
        orders.ship(manager, clientId, order.id(), order.version(), new ShipmentInput(lines, LocalDate.now(clock)));
        Order shipped = orders.get(manager, clientId, order.id());
        Invoice invoice = billing.invoice(manager, clientId, order.id(), shipped.version());
        if (k % 3 == 0) {
            BigDecimal half = invoice.gross().divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.HALF_UP);
            billing.pay(manager, clientId, new PaymentInput(invoice.id(), half, LocalDate.now(clock), "ПП-" + (100 + k)), null);
        }
    }

    /** а…я in Latin letters (BGN/PCGN-like); ё as e. */
    private static final String[] LATIN_LETTERS = {"a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n",
            "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};

    /**
     * A lower-case Russian name in ASCII, for demo email addresses: a Cyrillic local part ({@code сергей2@…}) needs
     * SMTPUTF8, which SES and many mail servers refuse, so such a demo address could never receive mail.
     */
    static String latin(String lowerCaseCyrillic) {
        StringBuilder out = new StringBuilder();
        for (char c : lowerCaseCyrillic.toCharArray()) {
            if (c >= 'а' && c <= 'я') {
                out.append(LATIN_LETTERS[c - 'а']);
            } else if (c == 'ё') {
                out.append('e');
            } else if (c < 128) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private Client seedClient(Caller rep, int n, Random random) {
        City city = CITIES[n % CITIES.length];
        String name = PREFIXES[n % PREFIXES.length] + " «" + NAMES[n % NAMES.length] + (n >= NAMES.length ? " " + (n / NAMES.length + 1) : "") + "»";
        double lat = city.lat() + (random.nextDouble() - 0.5) * 0.1;
        double lon = city.lon() + (random.nextDouble() - 0.5) * 0.1;
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        ClientDetails details = new ClientDetails(name, PREFIXES[n % PREFIXES.length], "Оптовая торговля, " + city.name(),
                n % 3 == 0 ? "Розница" : "Дистрибуция", CompanySize.values()[n % 4],
                List.of(new Address("office", city.name() + ", ул. Ленина, " + (n + 1))),
                List.of(String.format("+7 (9%02d) %03d-%02d-%02d", 10 + n % 80, 100 + n, n % 100, (n * 7) % 100)),
                List.of("office" + n + "@client" + n + ".example"),
                new Requisites(String.format("77%08d", 10000000 + n), null, null, null),
                new Geography("Россия", city.region(), city.name(), "ул. Ленина, " + (n + 1), lat, lon),
                n % 2 == 0 ? "дилер" : "сеть", Priority.values()[n % 3], ClientType.values()[n % 3],
                Category.values()[n % 4], n % 2 == 0 ? "Стандарт" : "Партнёр",
                new Money(BigDecimal.valueOf(100_000L * (1 + n % 20)), "RUB"), BigDecimal.valueOf(5 + n % 60),
                1 + n % 5, new Contract("Д-" + (2025_000 + n), today.minusMonths(11 - n % 12), today.plusDays(15 + n % 60 * 3), 30));
        Client client = clients.create(rep, null, details, null);
        String person = PEOPLE[n % PEOPLE.length];
        var contact = contacts.add(rep, client.id(), null, new ContactDetails(person, BuyingRole.values()[n % 5],
                n % 2 == 0 ? "Директор по закупкам" : "Генеральный директор",
                List.of(String.format("+7 (9%02d) %03d-%02d-%02d", 10 + n % 80, 500 + n, n % 100, (n * 3) % 100)),
                List.of(latin(person.split(" ")[0].toLowerCase()) + n + "@client" + n + ".example"),
                today.minusYears(30 + n % 25).plusDays(n % 10), null, n % 3 != 0, n % 4 != 0), null);

        // Two past contacts, then a next step spread over overdue, today and later.
        ZonedDateTime first = today.minusDays(20 + n % 10).atTime(LocalTime.of(11, 0)).atZone(ZONE);
        ZonedDateTime second = today.minusDays(3 + n % 5).atTime(LocalTime.of(15, 30)).atZone(ZONE);
        log(rep, client.id(), contact.id(), InteractionType.CALL, first.toInstant(), n, second.toInstant(), null);
        Instant due = switch (n % 4) {
            case 0 -> today.minusDays(1 + n % 2).atTime(10, 0).atZone(ZONE).toInstant();       // overdue
            case 1, 2 -> today.atTime(9 + n % 9, 30).atZone(ZONE).toInstant();                // today
            default -> today.plusDays(2 + n % 10).atTime(11, 0).atZone(ZONE).toInstant();      // later
        };
        CheckIn checkIn = new CheckIn(lat, lon, 12.0, second.toInstant());
        log(rep, client.id(), contact.id(), InteractionType.VISIT, second.toInstant(), n + 1, due, checkIn);
        return client;
    }

    private void log(Caller rep, String clientId, String contactId, InteractionType type, Instant at, int n,
                     Instant nextDue, CheckIn checkIn) {
        TaskKind kind = TaskKind.values()[n % 3];
        String title = switch (kind) {
            case CALL -> "Позвонить: уточнить заказ";
            case MEETING -> "Встреча: обсудить условия";
            default -> "Визит: проверить выкладку";
        };
        journal.log(rep, clientId, null, new InteractionInput(type, at, contactId, type == InteractionType.VISIT ? "visit" : "phone",
                SUMMARIES[n % SUMMARIES.length], n % 2 == 0 ? "Интерес подтверждён" : "Нужно время подумать",
                new TaskPlan(kind, title, nextDue, kind == TaskKind.VISIT ? "Офис клиента" : null, contactId, null),
                null, null, checkIn, null), null);
    }
}
