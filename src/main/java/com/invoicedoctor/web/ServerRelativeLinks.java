package com.invoicedoctor.web;

import java.util.Map;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;

/** Lets @{/path} links work outside a servlet context: the application is served at the root path. */
final class ServerRelativeLinks extends StandardLinkBuilder {

    @Override
    protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
        return "";
    }
}
