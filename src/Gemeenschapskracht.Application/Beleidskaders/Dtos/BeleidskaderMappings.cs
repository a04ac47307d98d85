using Gemeenschapskracht.Domain.Beleidskaders;

namespace Gemeenschapskracht.Application.Beleidskaders.Dtos;

public static class BeleidskaderMappings
{
    /// <summary>Reads only the columns of the list; the raadsbesluit is one stored document, split here (a client-side projection).</summary>
    public static IQueryable<BeleidskaderSamenvattingDto> ProjectToSamenvatting(this IQueryable<Beleidskader> kaders) =>
        kaders.Select(b => Samenvatting(b.Id, b.Versie, b.Titel, b.Status, b.GewijzigdOp, b.Raadsbesluit));

    public static BeleidskaderSamenvattingDto ToSamenvatting(this Beleidskader b) =>
        Samenvatting(b.Id, b.Versie, b.Titel, b.Status, b.GewijzigdOp, b.Raadsbesluit);

    private static BeleidskaderSamenvattingDto Samenvatting(Guid id, int versie, string titel, BeleidskaderStatus status, DateTimeOffset gewijzigdOp, Raadsbesluit? besluit) =>
        new(id, versie, titel, status, gewijzigdOp, besluit?.Datum, besluit?.Kenmerk);

    public static BeleidskaderDto ToDto(this Beleidskader kader, WijkindelingDto wijkindeling, DateOnly vandaag) => new(
        kader.Id, kader.Versie, kader.Titel, kader.Status, kader.IsGeldend, kader.Inhoud.ToDto(),
        kader.Inhoud.TotaalPerJaar.Eurocent, kader.Inhoud.NogAanbesteedPerJaar.Eurocent,
        kader.Raadsbesluit?.ToDto(),
        wijkindeling,
        // A replaced version is history: its clocks no longer run.
        kader.Status == BeleidskaderStatus.Vervangen ? [] : Termijnbewaking.Signaleer(kader.Inhoud, vandaag).Select(s => new SignaleringDto(s.Soort, s.Datum, s.Melding)).ToList(),
        kader.AangemaaktOp, kader.GewijzigdOp, kader.VastgesteldOp, kader.VervangenOp);

    public static RaadsbesluitDto ToDto(this Raadsbesluit besluit) => new(besluit.Datum, besluit.Kenmerk, besluit.DocumentUrl);

    public static BeleidskaderInhoudDto ToDto(this BeleidskaderInhoud inhoud) => new()
    {
        Aanbestedingsbesluit = new()
        {
            Besluit = inhoud.Aanbestedingsbesluit.Besluit,
            Reikwijdte = inhoud.Aanbestedingsbesluit.Reikwijdte,
            EvaluatieVerleden = inhoud.Aanbestedingsbesluit.EvaluatieVerleden,
            GeenMarktMotivering = inhoud.Aanbestedingsbesluit.GeenMarktMotivering,
        },
        PubliekeWaarden = inhoud.PubliekeWaarden.Select(w => new PubliekeWaardeDto
        {
            Id = w.Id, Naam = w.Naam, Omschrijving = w.Omschrijving, Subthemas = w.Subthemas, Prioriteit = w.Prioriteit,
            VerordeningArtikel = w.VerordeningArtikel,
        }).ToList(),
        Financieringsbronnen = inhoud.Financieringsbronnen.Select(b => new FinancieringsbronDto
        {
            Id = b.Id, Naam = b.Naam, Regime = b.Regime, BedragPerJaarEurocent = b.BedragPerJaar.Eurocent, Instrument = b.Instrument,
            ContractEinddatum = b.ContractEinddatum, OmzettingGepland = b.OmzettingGepland,
        }).ToList(),
        Delegaties = inhoud.Delegaties.Select(d => new DelegatieDto { Besluittype = d.Besluittype, Niveau = d.Niveau, Zeggenschap = d.Zeggenschap }).ToList(),
        Buurtrechten = inhoud.Buurtrechten.Select(r => new BuurtrechtDto { Soort = r.Soort, Artikel = r.Artikel }).ToList(),
        Fasen = inhoud.Fasen.Select(f => new FaseDto
        {
            Naam = f.Naam, Instrumenten = f.Instrumenten, Verantwoordelijke = f.Verantwoordelijke, Start = f.Start, Eind = f.Eind,
        }).ToList(),
        Tijdspanne = inhoud.Tijdspanne is { } t
            ? new TijdspanneDto { ProgrammaStart = t.ProgrammaStart, ProgrammaEind = t.ProgrammaEind, Verkiezingsdata = t.Verkiezingsdata }
            : null,
        Pilots = inhoud.Pilots.Select(p => new PilotDto
        {
            Id = p.Id, GebiedId = p.GebiedId, Instrument = p.Instrument, Start = p.Start, Eind = p.Eind,
            Evaluatiecriteria = p.Evaluatiecriteria, Status = p.Status,
        }).ToList(),
        Overgangsperiodes = inhoud.Overgangsperiodes.Select(o => new OvergangsperiodeDto
        {
            Id = o.Id, Contract = o.Contract, Aanbieder = o.Aanbieder, Start = o.Start, Eind = o.Eind, Opvolging = o.Opvolging,
        }).ToList(),
        Partijen = inhoud.Partijen.Select(p => new PartijDto { Naam = p.Naam, Soort = p.Soort, Verwachting = p.Verwachting, Vorm = p.Vorm, Status = p.Status }).ToList(),
        RolVanDePolitiek = new() { Raad = inhoud.RolVanDePolitiek.Raad, College = inhoud.RolVanDePolitiek.College },
        Toezeggingen = inhoud.Toezeggingen.Select(t => new ToezeggingDto { Omschrijving = t.Omschrijving, Door = t.Door, Uiterlijk = t.Uiterlijk, Status = t.Status }).ToList(),
        WijkindelingToelichting = inhoud.WijkindelingToelichting,
    };
}
