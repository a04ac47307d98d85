using Gemeenschapskracht.Application.Organisaties.Commands.CreateOrganisatie;
using Gemeenschapskracht.Domain.Organisaties;

namespace Gemeenschapskracht.Application.Organisaties.Shared;

internal static class OrganisatieWijziging
{
    public static void Wijzig(this Organisatie organisatie, IOrganisatieGegevens gegevens, DateTimeOffset now) =>
        organisatie.Wijzig(gegevens.Naam, gegevens.Soort, gegevens.Rechtsvorm, gegevens.Kvknummer, gegevens.Omschrijving,
            gegevens.WijkIds, gegevens.PubliekeWaardeIds,
            new Contactgegevens(Leeg(gegevens.Contactpersoon), Leeg(gegevens.Email), Leeg(gegevens.Telefoon), Leeg(gegevens.Website)), now);

    private static string? Leeg(string? tekst) => string.IsNullOrWhiteSpace(tekst) ? null : tekst.Trim();
}
