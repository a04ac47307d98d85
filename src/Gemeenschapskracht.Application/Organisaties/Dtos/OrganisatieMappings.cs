using Gemeenschapskracht.Domain.Organisaties;

namespace Gemeenschapskracht.Application.Organisaties.Dtos;

public static class OrganisatieMappings
{
    public static IQueryable<OrganisatieSamenvattingDto> ProjectToSamenvatting(this IQueryable<Organisatie> organisaties) =>
        organisaties.Select(o => new OrganisatieSamenvattingDto(o.Id, o.Naam, o.Soort, o.Rechtsvorm, o.Status, o.WijkIds.Count));

    /// <param name="namen">Names of the wijken and publieke waarden by id; an id without a name (a value no longer in force) shows its id.</param>
    public static OrganisatieDto ToDto(this Organisatie o, IReadOnlyDictionary<Guid, string> namen) => new(
        o.Id, o.Naam, o.Soort, o.Rechtsvorm, o.Kvknummer, o.Omschrijving,
        o.WijkIds.Select(id => Verwijzing(id, namen)).ToList(),
        o.PubliekeWaardeIds.Select(id => Verwijzing(id, namen)).ToList(),
        new ContactgegevensDto(o.Contact.Contactpersoon, o.Contact.Email, o.Contact.Telefoon, o.Contact.Website),
        o.Status, o.AangemaaktOp, o.GewijzigdOp);

    private static VerwijzingDto Verwijzing(Guid id, IReadOnlyDictionary<Guid, string> namen) =>
        new(id, namen.TryGetValue(id, out var naam) ? naam : id.ToString());
}
