package com.invoicedoctor.staff;

import com.invoicedoctor.knowledge.Lang;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.messageresolver.AbstractMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders the staff templates (templates/staff/, templates/handoff/) with #{key} texts from the staff messages. */
public final class StaffViews {
    private final TemplateEngine engine = new TemplateEngine();

    public StaffViews() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new Resolver());
        engine.setLinkBuilder(new RootLinks());
    }

    /** The page for this template and model, in this language. */
    public String render(String template, Lang lang, Map<String, Object> model) {
        return engine.process(template, new Context(lang == Lang.en ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE, model));
    }

    /** @{/path} links are relative to the server root: the app is not deployed under a servlet context path. */
    private static final class RootLinks extends StandardLinkBuilder {
        @Override
        protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
            return "";
        }
    }

    private static final class Resolver extends AbstractMessageResolver {
        @Override
        public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] params) {
            Lang lang = Lang.of(context.getLocale().getLanguage());
            return StaffMessages.has(lang, key) ? StaffMessages.get(lang, key, params == null ? new Object[0] : params) : null;
        }

        @Override
        public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key, Object[] params) {
            return "??" + key + "??";
        }
    }
}
