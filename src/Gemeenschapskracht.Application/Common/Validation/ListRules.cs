using FluentValidation;

namespace Gemeenschapskracht.Application.Common.Validation;

/// <summary>FluentValidation rules for a list in a body that replaces a whole document.</summary>
public static class ListRules
{
    /// <summary>
    /// A list that is present (it may be empty: <c>null</c> would otherwise reach the handler), has no empty items and
    /// at most <paramref name="maximum"/> of them.
    /// </summary>
    /// <param name="what">What the items are, for the message: "publieke waarden".</param>
    public static IRuleBuilderOptions<T, IReadOnlyList<TItem>> PresentList<T, TItem>(this IRuleBuilderInitial<T, IReadOnlyList<TItem>> rule, int maximum, string what) =>
        rule.Cascade(CascadeMode.Stop)
            .NotNull().WithMessage($"Geef de {what} op (een lege lijst mag).")
            .Must(l => l.All(i => i is not null)).WithMessage($"De lijst met {what} bevat een leeg element.")
            .Must(l => l.Count <= maximum).WithMessage($"Hoogstens {maximum} {what}.");
}
