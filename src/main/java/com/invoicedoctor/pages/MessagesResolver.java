package com.invoicedoctor.pages;

import com.invoicedoctor.i18n.Messages;
import com.invoicedoctor.knowledge.Lang;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

/** Lets templates write #{key} and #{key(arg)}, in the page's language. */
final class MessagesResolver extends AbstractMessageResolver {
    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] params) {
        return Messages.text(Lang.of(context.getLocale().getLanguage()), key, params == null ? new Object[0] : params);
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key, Object[] params) {
        return "??" + key + "??";
    }
}
