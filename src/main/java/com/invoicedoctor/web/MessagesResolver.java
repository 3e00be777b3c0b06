package com.invoicedoctor.web;

import com.invoicedoctor.i18n.Messages;
import com.invoicedoctor.knowledge.Lang;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

/** Lets templates write #{key} and #{key(arg)}: the texts come from i18n/Messages in the page's language. */
final class MessagesResolver extends AbstractMessageResolver {

    @Override
    public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] params) {
        Lang lang = Lang.of(context.getLocale().getLanguage());
        if (!Messages.all(lang).containsKey(key)) {
            return null;
        }
        return Messages.get(lang, key, params == null ? new Object[0] : params);
    }

    @Override
    public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key, Object[] params) {
        return "??" + key + "??";
    }
}
