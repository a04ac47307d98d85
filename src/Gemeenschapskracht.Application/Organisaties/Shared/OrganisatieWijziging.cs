using Gemeenschapskracht.Application.Organisaties.Commands.CreateOrganisatie;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Organisaties;

namespace Gemeenschapskracht.Application.Organisaties.Shared;

internal static class OrganisatieWijziging
{
    public static void Wijzig(this Organisatie organisatie, IOrganisatieGegevens gegevens, DateTimeOffset now) =>
        organisatie.Wijzig(gegevens.Naam, gegevens.Soort, gegevens.Rechtsvorm, gegevens.Kvknummer, gegevens.Omschrijving,
            gegevens.WijkIds, gegevens.PubliekeWaardeIds,
            new Contactgegevens(Tekst.OfNull(gegevens.Contactpersoon), Tekst.OfNull(gegevens.Email), Tekst.OfNull(gegevens.Telefoon), Tekst.OfNull(gegevens.Website)), now);
}
