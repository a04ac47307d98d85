using FluentValidation;

namespace Gemeenschapskracht.Application.Common.Validation;

public static class NumberRules
{
    /// <summary>The largest amount a field may hold: 100 billion euro, more than any gemeentebegroting.</summary>
    public const long HoogsteEurocent = 100_000_000_000_00L;

    /// <summary>An amount in eurocent from zero to <see cref="HoogsteEurocent"/>.</summary>
    public static IRuleBuilderOptions<T, long> Eurocent<T>(this IRuleBuilder<T, long> rule, string what) =>
        rule.GreaterThanOrEqualTo(0).WithMessage($"{TextRules.Capitalised(what)} kan niet negatief zijn.")
            .LessThanOrEqualTo(HoogsteEurocent).WithMessage($"{TextRules.Capitalised(what)} is groter dan een gemeentebegroting kan zijn (hoogstens 100 miljard euro).");

    /// <summary>A percentage from 0 to 100 with at most two decimals.</summary>
    public static IRuleBuilderOptions<T, decimal> Procent<T>(this IRuleBuilder<T, decimal> rule, string what) =>
        rule.InclusiveBetween(0m, 100m).WithMessage($"{TextRules.Capitalised(what)} is een percentage van 0 tot en met 100.")
            .Must(p => p * 100 == decimal.Truncate(p * 100)).WithMessage($"{TextRules.Capitalised(what)} heeft hoogstens twee decimalen.");
}
