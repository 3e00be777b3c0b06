package com.invoicedoctor.web;

import com.invoicedoctor.i18n.Messages;
import com.invoicedoctor.knowledge.Lang;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders the Thymeleaf templates under templates/ with #{key} texts in the page's language. */
public final class Views {
    /** Where #{key} texts come from: the text of a key in a language, or null when the key is unknown. */
    @FunctionalInterface
    public interface Texts {
        String text(Lang lang, String key, Object[] args);
    }

    private final TemplateEngine engine = new TemplateEngine();

    /** Views with the product's texts (messages_zh / messages_en). */
    Views() {
        this((lang, key, args) -> Messages.all(lang).containsKey(key) ? Messages.get(lang, key, args) : null);
    }

    /** Views with texts of their own (the staff pages'). */
    public Views(Texts texts) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new MessagesResolver(texts));
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
