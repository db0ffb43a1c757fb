package dev.fieldcrm.core.webhooks;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Name → addresses, as the delivery will connect to them (a port so tests can make a name resolve anywhere). */
public interface Resolver {
    List<InetAddress> resolve(String host) throws UnknownHostException;

    /** The JVM's resolver (DNS in AWS). */
    static Resolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}
