package com.invoicedoctor.cli;

import com.invoicedoctor.knowledge.Lang;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** --lang: only the languages the knowledge is written in; anything else is refused instead of read as Chinese. */
final class LangConverter implements ITypeConverter<Lang> {
    @Override
    public Lang convert(String value) {
        String tag = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        if ("zh".equals(tag) || "en".equals(tag)) {
            return Lang.valueOf(tag);
        }
        throw new TypeConversionException("'" + value + "' is not a language of InvoiceDoctor; use zh or en");
    }
}
