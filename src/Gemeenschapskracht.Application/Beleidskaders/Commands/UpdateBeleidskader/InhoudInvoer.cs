using Gemeenschapskracht.Application.Beleidskaders.Dtos;
using Gemeenschapskracht.Domain.Beleidskaders;
using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Application.Beleidskaders.Commands.UpdateBeleidskader;

/// <summary>
/// The content as sent, made into the domain's parts. An item without an id is new and gets one; an item with an id
/// keeps it, and must be one this version already has: ids are stable, never chosen by the client.
/// </summary>
internal static class InhoudInvoer
{
    public static BeleidskaderInhoud NaarDomein(BeleidskaderInhoudDto dto, BeleidskaderInhoud huidig, DateTimeOffset now)
    {
        var waarden = Ids(huidig.PubliekeWaarden.Select(w => w.Id));
        var bronnen = Ids(huidig.Financieringsbronnen.Select(b => b.Id));
        var pilots = Ids(huidig.Pilots.Select(p => p.Id));
        var periodes = Ids(huidig.Overgangsperiodes.Select(o => o.Id));
        return new BeleidskaderInhoud(
            new Aanbestedingsbesluit(dto.Aanbestedingsbesluit.Besluit.Trim(), dto.Aanbestedingsbesluit.Reikwijdte.Trim(),
                dto.Aanbestedingsbesluit.EvaluatieVerleden.Trim(), dto.Aanbestedingsbesluit.GeenMarktMotivering.Trim()),
            dto.PubliekeWaarden.Select(w => new PubliekeWaarde(Id(w.Id, waarden, "publieke waarde", w.Naam, now), w.Naam.Trim(), w.Omschrijving.Trim(),
                w.Subthemas.Select(s => s.Trim()).ToList(), w.Prioriteit, Tekst.OfNull(w.VerordeningArtikel))).ToList(),
            dto.Financieringsbronnen.Select(b => new Financieringsbron(Id(b.Id, bronnen, "financieringsbron", b.Naam, now), b.Naam.Trim(), Tekst.OfNull(b.Regime),
                new Bedrag(b.BedragPerJaarEurocent), b.Instrument, b.ContractEinddatum, b.OmzettingGepland)).ToList(),
            dto.Delegaties.Select(d => new Delegatie(d.Besluittype.Trim(), d.Niveau, d.Zeggenschap)).ToList(),
            dto.Buurtrechten.Select(r => new Buurtrecht(r.Soort, Tekst.OfNull(r.Artikel))).ToList(),
            dto.Fasen.Select(f => new Fase(f.Naam.Trim(), f.Instrumenten.Select(i => i.Trim()).ToList(), Tekst.OfNull(f.Verantwoordelijke), f.Start, f.Eind)).ToList(),
            dto.Tijdspanne is { } t ? new Tijdspanne(t.ProgrammaStart, t.ProgrammaEind, t.Verkiezingsdata.Distinct().Order().ToList()) : null,
            dto.Pilots.Select(p => new Pilot(Id(p.Id, pilots, "pilot", p.Instrument, now), p.GebiedId, p.Instrument.Trim(), p.Start, p.Eind,
                p.Evaluatiecriteria.Trim(), p.Status)).ToList(),
            dto.Overgangsperiodes.Select(o => new Overgangsperiode(Id(o.Id, periodes, "overgangsperiode", o.Contract, now), o.Contract.Trim(),
                Tekst.OfNull(o.Aanbieder), o.Start, o.Eind, o.Opvolging.Trim())).ToList(),
            dto.Partijen.Select(p => new Partij(p.Naam.Trim(), p.Soort, p.Verwachting.Trim(), Tekst.OfNull(p.Vorm), p.Status)).ToList(),
            new RolVanDePolitiek(dto.RolVanDePolitiek.Raad.Trim(), dto.RolVanDePolitiek.College.Trim()),
            dto.Toezeggingen.Select(t => new Toezegging(t.Omschrijving.Trim(), t.Door.Trim(), t.Uiterlijk, t.Status)).ToList(),
            Tekst.OfNull(dto.WijkindelingToelichting));
    }

    private static HashSet<Guid> Ids(IEnumerable<Guid> ids) => ids.ToHashSet();

    private static Guid Id(Guid? gegeven, HashSet<Guid> bekend, string wat, string naam, DateTimeOffset now)
    {
        if (gegeven is null)
            return Guid.CreateVersion7(now);
        if (!bekend.Contains(gegeven.Value))
            throw new DomainException($"De {wat} '{naam}' heeft een id dat deze versie niet kent; laat het id weg voor een nieuwe {wat}.");
        return gegeven.Value;
    }
}
