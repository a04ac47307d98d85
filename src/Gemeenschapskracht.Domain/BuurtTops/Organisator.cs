using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Domain.BuurtTops;

/// <summary>A member of a task group by name and role; the organiser's own free text, nothing more about the person.</summary>
public sealed record Taakgroeplid(string Naam, TaakgroepRol Rol);

/// <summary>
/// Who organises a BuurtTop and how it is paid for (R3.3): a bewonersorganisatie or a wijkopbouwpunt with the
/// organisations of the register that work with it (<see cref="Team"/>, the lead first), or a task group of residents,
/// professionals and ambtenaren by name and role (its organisations, when any, in <see cref="Team"/>).
/// </summary>
public sealed record Organisator(OrganisatorSoort Soort, IReadOnlyList<Guid> Team, IReadOnlyList<Taakgroeplid> Taakgroep, string? Financieringsbron, Bedrag Financiering)
{
    /// <param name="leidtBewoners">Whether the first organisation of <see cref="Team"/> is residents' own (a bewonersorganisatie, group or wijkopbouwpunt).</param>
    public void Controleer(bool leidtBewoners)
    {
        if (Financiering.IsNegatief)
            throw new DomainException("De financiering van de BuurtTop kan niet negatief zijn.");
        if (Team.Distinct().Count() != Team.Count)
            throw new DomainException("Een organisatie staat twee keer in het team van de BuurtTop.");
        if (Soort == OrganisatorSoort.Taakgroep)
        {
            if (!Taakgroep.Any(l => l.Rol == TaakgroepRol.Bewoner))
                throw new DomainException("Een taakgroep die een BuurtTop organiseert telt ten minste één bewoner.");
            return;
        }
        if (Taakgroep.Count > 0)
            throw new DomainException("Alleen een taakgroep heeft leden; een bewonersorganisatie of wijkopbouwpunt organiseert met zijn organisaties.");
        if (Team.Count == 0)
            throw new DomainException("Noem de bewonersorganisatie of het wijkopbouwpunt dat de BuurtTop organiseert.");
        if (!leidtBewoners)
            throw new DomainException("De eerste organisatie van het team is een bewonersorganisatie, bewonersgroep of wijkopbouwpunt: de BuurtTop is van de wijk.");
    }
}
