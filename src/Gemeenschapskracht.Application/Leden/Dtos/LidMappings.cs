using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Domain.Lidmaatschappen;

namespace Gemeenschapskracht.Application.Leden.Dtos;

public static class LidMappings
{
    public static LidDto ToDto(this Lidmaatschap lid, UserSummary persoon) =>
        new(lid.Id, lid.UserId, persoon.Naam, persoon.Email, lid.RolLijst, lid.OrganisatieId, persoon.TweeStapsAan, persoon.Geblokkeerd, lid.CreatedAt);

    public static UitnodigingDto ToDto(this Uitnodiging uitnodiging) =>
        new(uitnodiging.Id, uitnodiging.Email, uitnodiging.RolLijst, uitnodiging.OrganisatieId, uitnodiging.ExpiresAt);
}
