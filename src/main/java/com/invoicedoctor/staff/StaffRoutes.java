package com.invoicedoctor.staff;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.invoicedoctor.pages.ClientAddresses;
import com.invoicedoctor.pages.Page;
import com.invoicedoctor.pages.RouteTable;
import com.invoicedoctor.pages.UiLang;
import com.invoicedoctor.pages.Views;
import com.invoicedoctor.session.Sessions;
import io.javalin.http.HandlerType;
import java.util.List;

/**
 * Every route of the helpdesk side, registered in one call: the sign-in guard, staff pages under
 * /staff/, the staff API under /api/staff/, and the customer's hand-off and incident banner.
 */
public final class StaffRoutes {
    /** The paths that read or change cases or incidents. */
    private static final List<String> CASE_READERS = List.of("/staff", "/staff/*", "/api/staff",
            "/api/staff/*", "/api/incidents", "/s/{id}/handoff", "/api/sessions/{id}/handoff");

    private final Helpdesk helpdesk;
    private final Sessions sessions;
    private final ObjectMapper mapper;
    private final ClientAddresses addresses;
    private final SignInRejections rejections;
    private final Views views;

    private final HelpdeskContact contact;

    /**
     * @param views      the page renderer every page shares
     * @param addresses  where a request comes from, for counting sign-in attempts per address
     * @param rejections where rejected sign-ins are counted for monitoring
     * @param contact    how customers reach the helpdesk, shown with their hand-off code
     */
    public StaffRoutes(Helpdesk helpdesk, Sessions sessions, ObjectMapper mapper, Views views, ClientAddresses addresses,
                       SignInRejections rejections, HelpdeskContact contact) {
        this.helpdesk = helpdesk;
        this.sessions = sessions;
        this.mapper = mapper;
        this.views = views;
        this.addresses = addresses;
        this.rejections = rejections;
        this.contact = contact;
    }

    /** Registers the guard and every route (their errors are in the app's one table, app.ErrorTable). */
    public void register(RouteTable routes) {
        Helpdesk h = helpdesk;
        StaffPages pages = new StaffPages(views, h.incidents(), h.live(), h.zone());
        CaseDetailBuilder details = new CaseDetailBuilder(h.cases(), h.recorder(), h.live(), h.notes(), sessions);
        CaseConfirmation confirmation = new CaseConfirmation(h.learning(), h.live(), h.cases(), sessions, details);
        // cases are recorded off the customer's request: whatever reads them first waits for what is queued
        for (String path : CASE_READERS) {
            routes.filters().before(path, ctx -> h.recorderQueue().flush());
        }
        new StaffAuth(h.logins()).register(routes.filters());
        SignInGuard guard = new SignInGuard(h.accounts(), h.signInThrottle(), h.signInEvents(), rejections);
        new SignInRoutes(h.logins(), h.accounts(), guard, addresses, pages, mapper).register(routes);
        new CasePages(h.cases(), h.live(), h.notes(), sessions, details, confirmation, pages).register(routes);
        new CaseApi(h.zone(), h.cases(), h.live(), h.notes(), sessions, details, confirmation, mapper).register(routes);
        new IncidentRoutes(h.incidents(), h.live(), pages).register(routes);
        new DashboardRoutes(h.dashboard(), h.live(), pages).register(routes);
        new KnowledgeRoutes(h.live(), h.regression(), pages).register(routes);
        new AdminRoutes(h.accounts(), h.signInThrottle(), h.signInEvents(), h.logins(), h.live(), h.learning(), pages, mapper)
                .register(routes);
        HandOffRoutes handOff = new HandOffRoutes(h.cases(), h.recorder(), h.live(), h.incidents(), sessions, views, contact);
        handOff.register(routes);
        // customer pages show open incidents: the page model reads this attribute (pages.Page)
        routes.filters().before(ctx -> {
            String path = ctx.path();
            if (ctx.method() == HandlerType.GET && !path.startsWith("/api/") && !path.startsWith("/static/")
                    && !path.startsWith("/staff")) {
                ctx.attribute(Page.BANNER, handOff.banner(UiLang.peek(ctx)));
            }
        });
    }
}
