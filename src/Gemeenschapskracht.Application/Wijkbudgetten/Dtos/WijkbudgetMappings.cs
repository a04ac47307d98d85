using Gemeenschapskracht.Application.Beleidskaders.Dtos;
using Gemeenschapskracht.Domain.Wijkbudgetten;

namespace Gemeenschapskracht.Application.Wijkbudgetten.Dtos;

public static class WijkbudgetMappings
{
    /// <summary>How the allocation rounds, in the words the public page shows.</summary>
    public const string Afronding =
        "Eerst wordt de envelop naar gewicht over de criteria verdeeld, daarna elk deel naar wat het criterium telt over de wijken. " +
        "Elke stap rekent in hele centen: ieder krijgt eerst zijn deel naar beneden afgerond, de centen die overblijven gaan één voor één " +
        "naar de grootste restanten (bij gelijke rest gaat de cent naar het eerste criterium, of de wijk met de laagste wijkcode). " +
        "Zo tellen de wijken samen precies op tot de envelop.";

    public static BudgetmethodiekDto ToDto(this Budgetmethodiek m) => new(
        m.Id, m.Versie, m.Titel, m.Status, m.IsGeldend, m.Inhoud.ToDto(), m.Inhoud.EnvelopPerJaar.Eurocent, m.Raadsbesluit?.ToDto(), m.AangemaaktOp, m.GewijzigdOp);

    public static BudgetmethodiekSamenvattingDto ToSamenvatting(this Budgetmethodiek m) =>
        new(m.Id, m.Versie, m.Titel, m.Status, m.Inhoud.EnvelopPerJaar.Eurocent, m.GewijzigdOp, m.Raadsbesluit?.Datum);

    public static MethodiekInhoudDto ToDto(this MethodiekInhoud i) => new(
        i.Envelop.Select(e => new EnvelopdeelDto(e.FinancieringsbronId, e.Naam, e.BedragPerJaar.Eurocent)).ToList(),
        i.Criteria.Select(c => new CriteriumDto(c.Id, c.Naam, c.Soort, c.Maatstaf, c.Gewicht.Procent)).ToList(),
        i.OndersteuningsVloer.Procent, i.OpzegtermijnMaanden);

    public static ToedelingDto ToDto(this Toedeling t, Guid methodiekId) => new(
        methodiekId, t.Envelop.Eurocent, t.IsBerekend, t.Ontbrekend,
        t.Criteria.Select(c => new CriteriumdeelDto(c.CriteriumId, c.Naam, c.Gewicht.Procent, c.Bedrag.Eurocent, c.TotaleScore)).ToList(),
        t.Wijken.Select(w => new WijkToedelingDto(w.WijkId, w.Code, w.Naam, w.Totaal.Eurocent,
            w.Regels.Select(r => new ToedelingsregelDto(r.CriteriumId, r.Criterium, r.Score, r.Toelichting, r.Bedrag.Eurocent)).ToList())).ToList(),
        Afronding);

    public static WijkbudgetDto ToDto(this Wijkbudget w, string wijkNaam, Aandeel vloer, long verleend) => new(
        w.Id, w.WijkId, wijkNaam, w.MethodiekId, w.StartJaar, w.AantalJaren, w.EindJaar, w.Status, w.Totaal.Eurocent, verleend,
        w.Regels.Select(r => new BudgetregelDto(r.Id, r.Doel, r.Categorie, r.AmbitieId, r.PubliekeWaardeId,
            r.Bedragen.Select(b => new JaarbedragDto(b.Jaar, b.Bedrag.Eurocent)).ToList())).ToList(),
        w.Bronnen.Select(b => new BronaandeelDto(b.FinancieringsbronId, b.Naam, b.Aandeel.Procent)).ToList(),
        w.Tranches.Select(t => new TrancheDto(t.Jaar, t.Bedrag.Eurocent, t.Status, t.VrijgegevenOp)).ToList(),
        w.Wijzigingen.Select(z => new BudgetwijzigingDto(z.Op, z.Toelichting, z.Besluit?.ToDto(),
            z.Verschillen.Select(v => new JaarverschilDto(v.Jaar, v.Oud.Eurocent, v.Nieuw.Eurocent)).ToList())).ToList(),
        w.Toekenning?.ToDto(), w.Evaluatie, vloer.Procent, w.JarenOnderVloer(vloer), w.VoorgangerId, w.OpvolgerId, w.AangemaaktOp, w.GewijzigdOp);

    public static WijkbudgetSamenvattingDto ToSamenvatting(this Wijkbudget w, string wijkNaam) =>
        new(w.Id, w.WijkId, wijkNaam, w.StartJaar, w.EindJaar, w.Status, w.Totaal.Eurocent, w.GewijzigdOp);

    public static BegrotingsbesluitDto ToDto(this Begrotingsbesluit b) => new(b.Id, b.Jaar, b.Besluit.ToDto(), b.VastgelegdOp);
}
