package com.cartwise.bootstrap.cli.mining;

import com.cartwise.domain.InvalidInputException;
import com.cartwise.domain.mining.MinSupport;
import java.math.BigDecimal;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --min-support}: a number with a decimal point is a share of the baskets (0.001), a
 * percentage too (0.1%), a whole number a count of baskets (89). So 1 is one basket and 1.0 all of them.
 */
final class MinSupportConverter implements ITypeConverter<MinSupport> {
    @Override
    public MinSupport convert(String value) {
        String text = value.strip();
        try {
            if (text.endsWith("%")) {
                return MinSupport.fraction(new BigDecimal(text.substring(0, text.length() - 1).strip()).movePointLeft(2).doubleValue());
            }
            if (text.matches("[0-9]+")) {
                return MinSupport.count(Integer.parseInt(text));
            }
            return MinSupport.fraction(new BigDecimal(text).doubleValue());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is neither a share of the baskets (0.001, 0.1%) nor a number of baskets (89)");
        } catch (InvalidInputException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
