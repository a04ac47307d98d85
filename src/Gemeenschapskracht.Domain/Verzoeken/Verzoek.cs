using System.Security.Cryptography;
using System.Text;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Wijkbeelden;
using Gemeenschapskracht.Domain.Wijktoekomstagendas;

namespace Gemeenschapskracht.Domain.Verzoeken;

/// <summary>
/// An ask of a wijktoekomstagenda (optionally about one ambition) to an organisation of the register: a corporatie,
/// zorgorganisatie, school or gemeente department (R3.7). Sent with a response deadline; answered by the institution
/// itself, through the answer link (only the SHA-256 hash of its secret is stored) or by a member of that
/// organisation. An answer after the deadline is recorded as late, not refused. Its promises become toezeggingen with
/// due dates, tracked in public (J10).
/// </summary>
public sealed class Verzoek : IAudited
{
    public const int MaxToezeggingen = 20;

    private Verzoek() { }

    /// <param name="reactieWeken">The gemeente's response time in weeks.</param>
    /// <param name="ontvangerEmail">The organisation's contact e-mail: the request and its answer link go there.</param>
    public Verzoek(Wijktoekomstagenda agenda, Guid? ambitieId, Guid organisatieId, string? ontvangerEmail, string vraag, int reactieWeken, string sleutelHash, Herkomst door)
    {
        if (Tekst.IsBlank(ontvangerEmail))
            throw new DomainException("Deze organisatie heeft geen e-mailadres in het register; vul dat eerst aan, zodat het verzoek haar bereikt.");
        if (agenda.Status is AgendaStatus.Concept or AgendaStatus.Gearchiveerd)
            throw new DomainException("Een verzoek gaat uit van een gepubliceerde agenda; deze agenda is een concept of gearchiveerd.");
        if (ambitieId is { } ambitie && agenda.Ambities.All(a => a.AmbitieId != ambitie))
            throw new DomainException("Deze ambitie staat niet in deze versie van de agenda.");
        if (reactieWeken is < Reactietermijn.MinWeken or > Reactietermijn.MaxWeken)
            throw new DomainException($"De reactietermijn ligt tussen {Reactietermijn.MinWeken} en {Reactietermijn.MaxWeken} weken.");
        Id = Guid.CreateVersion7(door.Op);
        AgendaId = agenda.Id;
        GebiedId = agenda.GebiedId;
        AmbitieId = ambitieId;
        OrganisatieId = organisatieId;
        Vraag = vraag.Trim();
        Door = door;
        VerzondenOp = door.Op;
        Uiterlijk = Kalender.Dag(door.Op).AddDays(7 * reactieWeken);
        SleutelHash = sleutelHash;
        Status = VerzoekStatus.Verzonden;
    }

    public Guid Id { get; private set; }

    public Guid AgendaId { get; private set; }

    /// <summary>The wijk of the agenda, for the tracker per wijk.</summary>
    public Guid GebiedId { get; private set; }

    /// <summary>The stable id of the ambition it is about, if one.</summary>
    public Guid? AmbitieId { get; private set; }

    /// <summary>The addressed organisation.</summary>
    public Guid OrganisatieId { get; private set; }

    public string Vraag { get; private set; } = "";

    /// <summary>Who sent it: the agenda's team or the gemeente.</summary>
    public Herkomst Door { get; private set; } = null!;

    public DateTimeOffset VerzondenOp { get; private set; }

    /// <summary>The response deadline.</summary>
    public DateOnly Uiterlijk { get; private set; }

    /// <summary>The SHA-256 (hex) of the answer link's secret; the secret itself is only in the e-mail.</summary>
    public string SleutelHash { get; private set; } = "";

    public VerzoekStatus Status { get; private set; }

    public string? Antwoord { get; private set; }

    /// <summary>A link to the institution's published response.</summary>
    public string? AntwoordLink { get; private set; }

    public DateTimeOffset? BeantwoordOp { get; private set; }

    /// <summary>Who answered: a member's name, or "via de antwoordlink".</summary>
    public string? BeantwoordDoor { get; private set; }

    /// <summary>Answered after the deadline: recorded, not refused.</summary>
    public bool TeLaat { get; private set; }

    public List<InstellingToezegging> Toezeggingen { get; private set; } = [];

    /// <summary>When the institution was chased for its overdue answer (J10, once).</summary>
    public DateTimeOffset? GemaandOp { get; private set; }

    public Antwoordstand Stand(DateOnly vandaag) => Status == VerzoekStatus.Beantwoord
        ? (TeLaat ? Antwoordstand.TeLaat : Antwoordstand.OpTijd)
        : (IsVerlopen(vandaag) ? Antwoordstand.NietBeantwoord : Antwoordstand.Open);

    /// <summary>Overdue: no answer and the deadline passed.</summary>
    public bool IsVerlopen(DateOnly vandaag) => Status == VerzoekStatus.Verzonden && vandaag > Uiterlijk;

    /// <summary>
    /// Records the institution's answer: a text and/or a link, and zero or more promises with due dates. After the
    /// deadline it is recorded as late. Refused for a request of an archived agenda, or when already answered.
    /// </summary>
    public void Beantwoord(string? antwoord, string? link, IReadOnlyList<(string Omschrijving, DateOnly? Uiterlijk)> toezeggingen,
        string door, AgendaStatus agendaStatus, DateTimeOffset now)
    {
        if (agendaStatus == AgendaStatus.Gearchiveerd)
            throw new DomainException("De agenda van dit verzoek is gearchiveerd; een antwoord wordt niet meer vastgelegd.");
        if (Status == VerzoekStatus.Beantwoord)
            throw new DomainException("Dit verzoek is al beantwoord.");
        if (Tekst.IsBlank(antwoord) && Tekst.IsBlank(link))
            throw new DomainException("Geef een antwoord, of een link naar het gepubliceerde antwoord.");
        if (toezeggingen.Count > MaxToezeggingen)
            throw new DomainException($"Een antwoord bevat hoogstens {MaxToezeggingen} toezeggingen.");
        if (toezeggingen.Any(t => t.Uiterlijk is null))
            throw new DomainException("Elke toezegging heeft een datum waarop ze uiterlijk is nagekomen: zeg wat je doet en doe wat je zegt.");
        if (toezeggingen.Any(t => Tekst.IsBlank(t.Omschrijving)))
            throw new DomainException("Beschrijf bij elke toezegging wat er wordt toegezegd.");
        var vandaag = Kalender.Dag(now);
        if (toezeggingen.Any(t => t.Uiterlijk < vandaag))
            throw new DomainException("Een toezegging kan niet al in het verleden zijn verlopen.");
        Antwoord = Tekst.OfNull(antwoord);
        AntwoordLink = Tekst.OfNull(link);
        Toezeggingen = toezeggingen.Select(t => new InstellingToezegging(Guid.CreateVersion7(now), t.Omschrijving.Trim(), t.Uiterlijk!.Value, ToezeggingVoortgang.Open, false)).ToList();
        BeantwoordDoor = door;
        BeantwoordOp = now;
        TeLaat = vandaag > Uiterlijk;
        Status = VerzoekStatus.Beantwoord;
    }

    /// <summary>Records whether a promise was kept.</summary>
    public InstellingToezegging ZetToezegging(Guid toezeggingId, ToezeggingVoortgang voortgang)
    {
        var toezegging = Toezeggingen.FirstOrDefault(t => t.Id == toezeggingId)
            ?? throw new DomainException("Deze toezegging hoort niet bij dit verzoek.");
        if (toezegging.Voortgang != ToezeggingVoortgang.Open)
            throw new DomainException("Deze toezegging is al afgerond.");
        var nieuw = toezegging with { Voortgang = voortgang };
        Toezeggingen = Toezeggingen.Select(t => t.Id == toezeggingId ? nieuw : t).ToList();
        return nieuw;
    }

    /// <summary>J10: whether to chase the institution today for its overdue answer; records it, so it goes once.</summary>
    public bool MaanAntwoord(DateTimeOffset now)
    {
        if (!IsVerlopen(Kalender.Dag(now)) || GemaandOp is not null)
            return false;
        GemaandOp = now;
        return true;
    }

    /// <summary>J10: the open promises whose due date passed and that were not chased yet; they are marked as chased.</summary>
    public IReadOnlyList<InstellingToezegging> MaanToezeggingen(DateOnly vandaag)
    {
        var teManen = Toezeggingen.Where(t => t.Voortgang == ToezeggingVoortgang.Open && t.Uiterlijk < vandaag && !t.Gemaand).ToList();
        if (teManen.Count > 0)
            Toezeggingen = Toezeggingen.Select(t => teManen.Contains(t) ? t with { Gemaand = true } : t).ToList();
        return teManen;
    }

    /// <summary>A new random secret for the answer link (URL-safe), to be mailed once and stored only as <see cref="Hash"/>.</summary>
    public static string NieuweSleutel() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string sleutel) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sleutel)));
}
