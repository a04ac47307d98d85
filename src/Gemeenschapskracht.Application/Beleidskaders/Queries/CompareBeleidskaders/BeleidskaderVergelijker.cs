using System.Globalization;
using Gemeenschapskracht.Application.Beleidskaders.Dtos;
using Gemeenschapskracht.Domain.Beleidskaders;

namespace Gemeenschapskracht.Application.Beleidskaders.Queries.CompareBeleidskaders;

/// <summary>
/// Compares two versions part by part. Items with a stable id (public values, funding sources, pilots, transition
/// periods) are matched by id, so a renamed value shows as changed, not as removed and added; the others by their
/// natural key (a decision type at a level, a right, a phase's name, a party's name).
/// </summary>
internal static class BeleidskaderVergelijker
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    public static IReadOnlyList<OnderdeelVergelijkingDto> Vergelijk(BeleidskaderInhoud oud, BeleidskaderInhoud nieuw) =>
    [
        Onderdeel("Besluit over aanbesteden", Velden(oud.Aanbestedingsbesluit, nieuw.Aanbestedingsbesluit, b => new()
        {
            ["Besluit"] = b.Besluit, ["Reikwijdte"] = b.Reikwijdte, ["Evaluatie van het verleden"] = b.EvaluatieVerleden,
            ["Waarom geen markt"] = b.GeenMarktMotivering,
        })),
        Onderdeel("Publieke waarden", Lijst(oud.PubliekeWaarden, nieuw.PubliekeWaarden, w => w.Id.ToString(), w => w.Naam,
            w => $"{w.Naam}: {w.Omschrijving} · prioriteit {w.Prioriteit} · subthema's: {string.Join(", ", w.Subthemas)}{(w.VerordeningArtikel is null ? "" : $" · {w.VerordeningArtikel}")}")),
        Onderdeel("Financieringsbronnen", Lijst(oud.Financieringsbronnen, nieuw.Financieringsbronnen, b => b.Id.ToString(), b => b.Naam,
            b => $"{b.Naam}: {b.BedragPerJaar} per jaar · {b.Instrument}{Datum(" · contract tot ", b.ContractEinddatum)}{Datum(" · omzetting ", b.OmzettingGepland)}")),
        Onderdeel("Delegatiematrix", Lijst(oud.Delegaties, nieuw.Delegaties, d => $"{d.Besluittype.ToLowerInvariant()}|{d.Niveau}",
            d => $"{d.Besluittype} ({d.Niveau})", d => $"{d.Besluittype} op niveau {d.Niveau}: {d.Zeggenschap}")),
        Onderdeel("Buurtrechten", Lijst(oud.Buurtrechten, nieuw.Buurtrechten, r => r.Soort.ToString(), r => r.Soort.ToString(),
            r => $"{r.Soort}{(r.Artikel is null ? "" : $" ({r.Artikel})")}")),
        Onderdeel("Procesontwerp", Lijst(oud.Fasen, nieuw.Fasen, f => f.Naam.ToLowerInvariant(), f => f.Naam,
            f => $"{f.Naam}: {f.Start.ToString("d", Nl)} – {f.Eind.ToString("d", Nl)} · {string.Join(", ", f.Instrumenten)}{(f.Verantwoordelijke is null ? "" : $" · {f.Verantwoordelijke}")}")),
        Onderdeel("Tijdspanne", Velden(oud, nieuw, i => new()
        {
            ["Programma"] = i.Tijdspanne is { } t ? $"{t.ProgrammaStart.ToString("d", Nl)} – {t.ProgrammaEind.ToString("d", Nl)}" : "",
            ["Verkiezingen"] = i.Tijdspanne is { } v ? string.Join(", ", v.Verkiezingsdata.Select(d => d.ToString("d", Nl))) : "",
        })),
        Onderdeel("Pilots", Lijst(oud.Pilots, nieuw.Pilots, p => p.Id.ToString(), p => p.Instrument,
            p => $"{p.Instrument}: {p.Start.ToString("d", Nl)} – {p.Eind.ToString("d", Nl)} · {p.Status} · {p.Evaluatiecriteria}")),
        Onderdeel("Overgangsperiodes", Lijst(oud.Overgangsperiodes, nieuw.Overgangsperiodes, o => o.Id.ToString(), o => o.Contract,
            o => $"{o.Contract}{(o.Aanbieder is null ? "" : $" ({o.Aanbieder})")}: {o.Start.ToString("d", Nl)} – {o.Eind.ToString("d", Nl)} → {o.Opvolging}")),
        Onderdeel("Partijen", Lijst(oud.Partijen, nieuw.Partijen, p => p.Naam.ToLowerInvariant(), p => p.Naam,
            p => $"{p.Naam} ({p.Soort}): {p.Verwachting}{(p.Vorm is null ? "" : $" · {p.Vorm}")} · {p.Status}")),
        Onderdeel("Rol van de politiek", Velden(oud.RolVanDePolitiek, nieuw.RolVanDePolitiek, r => new() { ["Raad"] = r.Raad, ["College"] = r.College })),
        Onderdeel("Toezeggingen", Lijst(oud.Toezeggingen, nieuw.Toezeggingen, t => t.Omschrijving.ToLowerInvariant(), t => t.Omschrijving,
            t => $"{t.Omschrijving} · {t.Door} · uiterlijk {t.Uiterlijk.ToString("d", Nl)} · {t.Status}")),
        Onderdeel("Wijkindeling", Velden(oud, nieuw, i => new() { ["Toelichting"] = i.WijkindelingToelichting ?? "" })),
    ];

    private static OnderdeelVergelijkingDto Onderdeel(string naam, List<WijzigingDto> wijzigingen) => new(naam, wijzigingen.Count > 0, wijzigingen);

    private static List<WijzigingDto> Lijst<T>(IReadOnlyList<T> oud, IReadOnlyList<T> nieuw, Func<T, string> sleutel, Func<T, string> naam, Func<T, string> tekst)
    {
        var oudeItems = oud.ToDictionary(sleutel);
        var nieuweItems = nieuw.ToDictionary(sleutel);
        var wijzigingen = new List<WijzigingDto>();
        foreach (var item in oud)
        {
            if (!nieuweItems.TryGetValue(sleutel(item), out var opvolger))
                wijzigingen.Add(new(WijzigingSoort.Verwijderd, naam(item), tekst(item), null));
            else if (tekst(item) != tekst(opvolger))
                wijzigingen.Add(new(WijzigingSoort.Gewijzigd, naam(opvolger), tekst(item), tekst(opvolger)));
        }
        wijzigingen.AddRange(nieuw.Where(i => !oudeItems.ContainsKey(sleutel(i))).Select(i => new WijzigingDto(WijzigingSoort.Toegevoegd, naam(i), null, tekst(i))));
        return wijzigingen;
    }

    private static List<WijzigingDto> Velden<T>(T oud, T nieuw, Func<T, Dictionary<string, string>> velden)
    {
        var nieuweVelden = velden(nieuw);
        return velden(oud).Where(v => v.Value != nieuweVelden[v.Key])
            .Select(v => new WijzigingDto(WijzigingSoort.Gewijzigd, v.Key, Leeg(v.Value), Leeg(nieuweVelden[v.Key]))).ToList();
    }

    private static string? Leeg(string tekst) => tekst.Length == 0 ? null : tekst;

    private static string Datum(string voor, DateOnly? datum) => datum is { } d ? voor + d.ToString("d", Nl) : "";
}
