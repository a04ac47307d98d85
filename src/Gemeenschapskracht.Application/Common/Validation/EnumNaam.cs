using FluentValidation;

namespace Gemeenschapskracht.Application.Common.Validation;

/// <summary>
/// An enum in a query string, by name in any case: the API writes names in camelCase (<c>?status=gesprekken</c>) and
/// minimal APIs bind enums case-sensitively, so such parameters arrive as text and are checked here, with a Dutch
/// message, instead of a bare binding failure. A number is never a name.
/// </summary>
public static class EnumNaam
{
    public static T? Lees<T>(string? naam) where T : struct, Enum => IsNaam<T>(naam, out var waarde) ? waarde : null;

    public static IRuleBuilderOptions<TQuery, string?> IsEnumNaam<TQuery, T>(this IRuleBuilder<TQuery, string?> rule, string melding) where T : struct, Enum =>
        rule.Must(n => n is null || IsNaam<T>(n, out _)).WithMessage(melding);

    private static bool IsNaam<T>(string? naam, out T waarde) where T : struct, Enum =>
        Enum.TryParse(naam, ignoreCase: true, out waarde) && Enum.IsDefined(waarde) && !int.TryParse(naam, out _);
}
