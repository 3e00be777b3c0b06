package com.invoicedoctor.pages;

import java.util.Map;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;

/**
 * Lets @{/path} links work outside a servlet context (the application is served at the root path), and keeps every
 * such link on this site: a base of "//host/…" (protocol-relative, another site) becomes "/host/…".
 */
final class ServerRelativeLinks extends StandardLinkBuilder {

    @Override
    protected String processLink(IExpressionContext context, String link) {
        boolean pathLike = link != null && (link.startsWith("/") || link.startsWith("\\"));
        return pathLike ? SitePath.of(link) : link;
    }

    @Override
    protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
        return "";
    }
}
