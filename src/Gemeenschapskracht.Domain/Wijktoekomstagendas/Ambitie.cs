using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;
using Gemeenschapskracht.Domain.Wijkbeelden;

namespace Gemeenschapskracht.Domain.Wijktoekomstagendas;

/// <summary>
/// One ambition of a version of the agenda. <see cref="AmbitieId"/> is its stable identity across versions (budgets,
/// subsidies and reviews reference it, R3.9); <see cref="Id"/> is this version's row (ADR 0018). Captured as a dream:
/// a title and a text, no owner, budget or KPI (R3.4). Tagged to a public value of the kader in force or marked as
/// residents' own goal (R3.2). What residents wrote stays theirs (G-8). There is no rank, vote or score (G-1): the
/// order is the order of writing.
/// </summary>
public sealed class Ambitie : IAudited
{
    public const int MaxWerkgroepen = 20;

    private Ambitie() { }

    internal Ambitie(Guid agendaId, Guid ambitieId, int nummer, string titel, string tekst, Guid? publiekeWaardeId, Herkomst herkomst)
    {
        Id = Guid.CreateVersion7(herkomst.Op);
        AgendaId = agendaId;
        AmbitieId = ambitieId;
        Nummer = nummer;
        Titel = titel.Trim();
        Tekst = tekst.Trim();
        PubliekeWaardeId = publiekeWaardeId;
        Herkomst = herkomst;
        Status = AmbitieStatus.Gedroomd;
    }

    public Guid Id { get; private set; }

    public Guid AgendaId { get; private set; }

    /// <summary>The stable identity, the same in every version of the agenda.</summary>
    public Guid AmbitieId { get; private set; }

    /// <summary>The order of writing within the agenda: not a rank (G-1).</summary>
    [Regel(Regelcatalogus.G1)]
    public int Nummer { get; private set; }

    public string Titel { get; private set; } = "";

    public string Tekst { get; private set; } = "";

    /// <summary>The stable id of a public value of the kader in force; null: residents' own goal (R3.2).</summary>
    public Guid? PubliekeWaardeId { get; private set; }

    public bool IsEigenDoel => PubliekeWaardeId is null;

    public AmbitieStatus Status { get; private set; }

    public string? LosgelatenReden { get; private set; }

    public Herkomst Herkomst { get; private set; } = null!;

    public List<Werkgroep> Werkgroepen { get; private set; } = [];

    public List<Opmerking> Opmerkingen { get; private set; } = [];

    internal Ambitie KopieVoor(Guid agendaId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AgendaId = agendaId,
        AmbitieId = AmbitieId,
        Nummer = Nummer,
        Titel = Titel,
        Tekst = Tekst,
        PubliekeWaardeId = PubliekeWaardeId,
        Status = Status,
        LosgelatenReden = LosgelatenReden,
        Herkomst = Herkomst,
        Werkgroepen = [.. Werkgroepen],
        Opmerkingen = [.. Opmerkingen],
    };

    [Regel(Regelcatalogus.G8)]
    internal void Wijzig(string titel, string tekst, Guid? publiekeWaardeId, Herkomst schrijver)
    {
        if (titel.Trim() == Titel && tekst.Trim() == Tekst && publiekeWaardeId == PubliekeWaardeId)
            return;
        Eigenaarschap.Bewaak(Herkomst.Kant, schrijver, "Deze ambitie is geschreven door bewoners en kan door de gemeente niet worden gewijzigd; plaats een opmerking.");
        Titel = titel.Trim();
        Tekst = tekst.Trim();
        PubliekeWaardeId = publiekeWaardeId;
    }

    /// <summary>One step on (dream → agenda → taken up → realised), or let go with a reason, from any open state.</summary>
    [Regel(Regelcatalogus.G8)]
    internal void ZetStatus(AmbitieStatus nieuw, string? reden, Herkomst schrijver)
    {
        Eigenaarschap.Bewaak(Herkomst.Kant, schrijver, "Deze ambitie is van bewoners: de gemeente kan haar status niet wijzigen of haar loslaten; plaats een opmerking.");
        if (Status is AmbitieStatus.Gerealiseerd or AmbitieStatus.Losgelaten)
            throw new DomainException($"Deze ambitie is al {(Status == AmbitieStatus.Gerealiseerd ? "gerealiseerd" : "losgelaten")}.");
        if (nieuw == AmbitieStatus.Losgelaten)
        {
            if (Common.Tekst.IsBlank(reden))
                throw new DomainException("Geef de reden op waarom de ambitie wordt losgelaten.");
            LosgelatenReden = reden!.Trim();
        }
        else if (nieuw != Status + 1)
            throw new DomainException($"Een ambitie gaat stap voor stap: van {Label(Status)} naar {Label(Status + 1)} (of ze wordt losgelaten).");
        Status = nieuw;
    }

    internal Werkgroep VoegWerkgroepToe(string naam, IReadOnlyList<string> leden, Guid? contactOrganisatieId, DateTimeOffset now)
    {
        if (Werkgroepen.Count >= MaxWerkgroepen)
            throw new DomainException($"Een ambitie heeft hoogstens {MaxWerkgroepen} werkgroepen.");
        if (Werkgroepen.Any(w => string.Equals(w.Naam, naam.Trim(), StringComparison.OrdinalIgnoreCase)))
            throw new DomainException("Deze ambitie heeft al een werkgroep met die naam.");
        var werkgroep = new Werkgroep(Guid.CreateVersion7(now), naam.Trim(), leden.Select(l => l.Trim()).Where(l => l.Length > 0).ToList(), contactOrganisatieId);
        Werkgroepen = [.. Werkgroepen, werkgroep];
        return werkgroep;
    }

    internal Opmerking Opmerken(Herkomst schrijver, string tekst)
    {
        var opmerking = new Opmerking(Guid.CreateVersion7(schrijver.Op), schrijver.Kant, schrijver.Auteur, tekst.Trim(), schrijver.Op);
        Opmerkingen = [.. Opmerkingen, opmerking];
        return opmerking;
    }

    public static string Label(AmbitieStatus status) => status switch
    {
        AmbitieStatus.Gedroomd => "gedroomd",
        AmbitieStatus.Geagendeerd => "geagendeerd",
        AmbitieStatus.Opgepakt => "opgepakt",
        AmbitieStatus.Gerealiseerd => "gerealiseerd",
        _ => "losgelaten",
    };
}
