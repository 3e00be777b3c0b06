package com.invoicedoctor.staff;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.invoicedoctor.session.Sessions;
import com.invoicedoctor.web.ClientAddresses;
import com.invoicedoctor.web.HelpdeskContact;
import com.invoicedoctor.web.Views;
import io.javalin.config.RoutesConfig;
import io.javalin.http.HandlerType;
import java.util.List;

/**
 * Every route of the helpdesk side, registered in one call: the sign-in guard and error mapping, staff pages under
 * /staff/, the staff API under /api/staff/, and the customer's hand-off and incident banner.
 */
public final class StaffRoutes {
    /** The request attribute that holds the incident banner for customer pages (a list of maps). */
    public static final String BANNER = "incidents";

    /** The paths that read or change cases or incidents. */
    private static final List<String> CASE_READERS = List.of("/staff", "/staff/*", "/api/staff",
            "/api/staff/*", "/api/incidents", "/s/{id}/handoff", "/api/sessions/{id}/handoff");

    private final Helpdesk helpdesk;
    private final Sessions sessions;
    private final ObjectMapper mapper;
    private final ClientAddresses addresses;
    private final SignInRejections rejections;
    private final Views views = new Views(StaffMessages::text);

    /** Staff routes for clients that connect directly (no proxy), with rejected sign-ins not counted anywhere. */
    private final HelpdeskContact contact;

    public StaffRoutes(Helpdesk helpdesk, Sessions sessions, ObjectMapper mapper) {
        this(helpdesk, sessions, mapper, ClientAddresses.direct(), SignInRejections.NONE);
    }

    /**
     * @param addresses  where a request comes from, for counting sign-in attempts per address
     * @param rejections where rejected sign-ins are counted for monitoring
     */
    public StaffRoutes(Helpdesk helpdesk, Sessions sessions, ObjectMapper mapper, ClientAddresses addresses,
                       SignInRejections rejections) {
        this(helpdesk, sessions, mapper, addresses, rejections, HelpdeskContact.none());
    }

    /** @param contact how customers reach the helpdesk, shown with their hand-off code */
    public StaffRoutes(Helpdesk helpdesk, Sessions sessions, ObjectMapper mapper, ClientAddresses addresses,
                       SignInRejections rejections, HelpdeskContact contact) {
        this.contact = contact;
        this.helpdesk = helpdesk;
        this.sessions = sessions;
        this.mapper = mapper;
        this.addresses = addresses;
        this.rejections = rejections;
    }

    /** Registers the guard, the error mapping and every route. */
    public void register(RoutesConfig routes) {
        CaseDetailBuilder details = new CaseDetailBuilder(helpdesk, sessions);
        // cases are recorded off the customer's request: whatever reads them first waits for what is queued
        for (String path : CASE_READERS) {
            routes.before(path, ctx -> helpdesk.recorderQueue().flush());
        }
        new StaffAuth(helpdesk.logins()).register(routes);
        new StaffErrors(views).register(routes);
        SignInGuard guard = new SignInGuard(helpdesk.accounts(), helpdesk.signInThrottle(), helpdesk.signInEvents(), rejections);
        new SignInRoutes(helpdesk, guard, addresses, views, mapper).register(routes);
        new CasePages(helpdesk, sessions, details, views).register(routes);
        new CaseApi(helpdesk, sessions, details, mapper).register(routes);
        new IncidentRoutes(helpdesk, views).register(routes);
        new DashboardRoutes(helpdesk, views).register(routes);
        new KnowledgeRoutes(helpdesk, views).register(routes);
        new AdminRoutes(helpdesk, views, mapper).register(routes);
        HandOffRoutes handOff = new HandOffRoutes(helpdesk, sessions, views, contact);
        handOff.register(routes);
        // customer pages show open incidents: the page model reads this attribute (web.Page)
        routes.before(ctx -> {
            String path = ctx.path();
            if (ctx.method() == HandlerType.GET && !path.startsWith("/api/") && !path.startsWith("/static/")
                    && !path.startsWith("/staff")) {
                ctx.attribute(BANNER, handOff.banner(StaffPage.peek(ctx)));
            }
        });
    }
}
