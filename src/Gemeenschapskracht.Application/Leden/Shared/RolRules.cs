using FluentValidation;
using Gemeenschapskracht.Domain.Lidmaatschappen;

namespace Gemeenschapskracht.Application.Leden.Shared;

internal static class RolRules
{
    /// <summary>Roles a gemeente can grant: any existing role except platform-beheerder.</summary>
    public static IRuleBuilderOptions<T, IReadOnlyList<string>> GemeenteRollen<T>(this IRuleBuilderInitial<T, IReadOnlyList<string>> rule) =>
        rule.Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Kies ten minste één rol.")
            .Must(rollen => rollen.All(RolCatalogus.Bestaat))
            .WithMessage(_ => $"Onbekende rol. Kies uit: {string.Join(", ", RolCatalogus.Alle.Where(r => r != RolCatalogus.PlatformBeheerder))}.")
            .Must(rollen => !rollen.Contains(RolCatalogus.PlatformBeheerder))
            .WithMessage("De rol platform-beheerder kan binnen een gemeente niet worden toegekend.");
}
