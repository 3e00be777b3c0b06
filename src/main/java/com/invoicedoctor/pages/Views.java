package com.invoicedoctor.pages;

import com.invoicedoctor.i18n.Messages;
import com.invoicedoctor.knowledge.Lang;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders the Thymeleaf templates under templates/ (staff/ too) with #{key} texts in the page's language. */
public final class Views {
    private final TemplateEngine engine = new TemplateEngine();

    /** Views with the program's texts ({@link Messages}), for the customer's and the staff's pages. */
    public Views() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new MessagesResolver());
        engine.setLinkBuilder(new ServerRelativeLinks());
    }

    /** The page for this template and model, in this language. */
    public String render(String template, Lang lang, Map<String, Object> model) {
        return engine.process(template, new Context(locale(lang), model));
    }

    static Locale locale(Lang lang) {
        return lang == Lang.en ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
