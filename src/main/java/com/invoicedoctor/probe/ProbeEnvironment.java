package com.invoicedoctor.probe;

import java.net.ProxySelector;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * What the probes read from the machine they run on. Production uses {@link #system()}; tests swap parts
 * (a resolver that hangs, a resolver on 127.0.0.1, a proxy variable) without touching global state.
 *
 * @param localNetwork whether to look at interfaces and the gateway (tests against 127.0.0.1 leave it off)
 */
record ProbeEnvironment(HostResolver resolver, Nameservers nameservers, Map<String, String> env, Properties jvm,
                        ProxySelector selector, Path procRoute, boolean localNetwork) {

    /** The machine's own resolver, resolv.conf, environment, JVM properties, proxy selector and routing table. */
    static ProbeEnvironment system() {
        return new ProbeEnvironment(HostResolver.system(), Nameservers.fromResolvConf(Path.of("/etc/resolv.conf")),
                System.getenv(), System.getProperties(), ProxySelector.getDefault(), Path.of("/proc/net/route"), true);
    }

    ProbeEnvironment withResolver(HostResolver r) {
        return new ProbeEnvironment(r, nameservers, env, jvm, selector, procRoute, localNetwork);
    }

    ProbeEnvironment withNameservers(Nameservers n) {
        return new ProbeEnvironment(resolver, n, env, jvm, selector, procRoute, localNetwork);
    }

    ProbeEnvironment withProxySettings(Map<String, String> e, Properties j, ProxySelector s) {
        return new ProbeEnvironment(resolver, nameservers, e, j, s, procRoute, localNetwork);
    }

    ProbeEnvironment withLocalNetwork(boolean on, Path route) {
        return new ProbeEnvironment(resolver, nameservers, env, jvm, selector, route, on);
    }
}
