package com.invoicedoctor.probe;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Turns a host name into addresses; the system resolver in production, a stand-in in tests. */
@FunctionalInterface
interface HostResolver {
    InetAddress[] resolve(String host) throws UnknownHostException;

    /** The operating system's resolver, as the invoicing client uses it (hosts file, then DNS). */
    static HostResolver system() {
        return InetAddress::getAllByName;
    }
}
