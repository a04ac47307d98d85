using FluentValidation;
using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Application.Common.Validation;

/// <summary>FluentValidation rules for every text field, after <see cref="Tekst"/>. Use these, not NotEmpty/MaximumLength on their own.</summary>
public static class TextRules
{
    /// <summary>A required single-line text: visible, safe, at most <paramref name="maximumLength"/> characters.</summary>
    /// <param name="what">What the field is, for the message: "de naam van de gemeente".</param>
    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilderInitial<T, string?> rule, string what, int maximumLength) =>
        rule.Cascade(CascadeMode.Stop)
            .Must(v => !Tekst.IsBlank(v)).WithMessage($"Vul {what} in.")
            .SafeText(what)
            .MaximumLength(maximumLength).WithMessage($"{Capitalised(what)} mag hoogstens {maximumLength} tekens lang zijn.");

    /// <summary>An optional text: when given, safe (line breaks allowed when <paramref name="multiline"/>).</summary>
    public static IRuleBuilderOptions<T, string?> SafeText<T>(this IRuleBuilder<T, string?> rule, string what, bool multiline = false) =>
        rule.Must(v => v is null || Tekst.IsSafe(v, multiline))
            .WithMessage($"{Capitalised(what)} bevat tekens die niet zijn toegestaan: stuurtekens{(multiline ? "" : " of regeleinden")}, of tekens die de leesrichting omdraaien.");

    internal static string Capitalised(string what) => char.ToUpperInvariant(what[0]) + what[1..];
}
