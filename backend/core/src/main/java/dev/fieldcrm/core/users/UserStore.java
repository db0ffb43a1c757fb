package dev.fieldcrm.core.users;

import java.util.List;
import java.util.Optional;

/** The tenant's user directory. */
public interface UserStore {
    Optional<User> find(String tenantId, String userId);

    /** All users of the tenant (one partition; tenants have tens to hundreds of users). */
    List<User> list(String tenantId);

    void save(String tenantId, User user);
}
