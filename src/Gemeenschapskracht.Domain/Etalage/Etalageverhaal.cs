using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Domain.Etalage;

/// <summary>Where a story for the etalage comes from (R6.4): what works in a wijkbeeld, a visitatie's highlight, a realised ambitie, or elsewhere.</summary>
public enum Herkomst
{
    WatWerkt,
    Visitatie,
    Ambitie,
    Anders,
}

public enum EtalageStatus
{
    Genomineerd,
    Gepubliceerd,
    Gearchiveerd,
}

/// <summary>A photo of the story: an image attached to it, its description (the text alternative) and who gave consent for it.</summary>
public sealed record Etalagefoto(Guid BijlageId, string Bijschrift, string ToestemmingVan);

/// <summary>The initiative's consent to show its story: who gave it and when.</summary>
public sealed record Toestemming(string Door, DateTimeOffset Op);

/// <summary>
/// A story in the gemeentelijke etalage (R6.4): an initiative or collaboration that works, with its story, what others
/// can learn from it, photos and a contact. Nominated by residents, panels or the gemeente; curated by the gemeente,
/// which publishes it only with the initiative's consent and with consent for every photo attached
/// (<c>Genomineerd → Gepubliceerd → Gearchiveerd</c>). A story is changed and given photos only while nominated, so
/// nothing reaches the public without the consent it was published with.
/// </summary>
public sealed class Etalageverhaal : IAudited
{
    public const int MeesteFotos = 6;

    private Etalageverhaal() { }

    public Etalageverhaal(Etalageinhoud inhoud, Guid genomineerdDoor, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        Status = EtalageStatus.Genomineerd;
        GenomineerdDoor = genomineerdDoor;
        AangemaaktOp = now;
        Zet(inhoud, now);
    }

    public Guid Id { get; private set; }

    public string Titel { get; private set; } = "";

    public string Verhaal { get; private set; } = "";

    /// <summary>What others can learn from it ("wat werkt"), the reason it is in the etalage.</summary>
    public string Lessen { get; private set; } = "";

    /// <summary>How to reach the initiative, shown with the story once published (with its consent).</summary>
    public string Contact { get; private set; } = "";

    public Herkomst Herkomst { get; private set; }

    /// <summary>The initiative's organisation, if it has one: its members may give the consent.</summary>
    public Guid? OrganisatieId { get; private set; }

    public Guid? WijkId { get; private set; }

    public IReadOnlyList<Etalagefoto> Fotos { get; private set; } = [];

    public Toestemming? Toestemming { get; private set; }

    public EtalageStatus Status { get; private set; }

    public Guid GenomineerdDoor { get; private set; }

    public DateTimeOffset? GepubliceerdOp { get; private set; }

    public DateTimeOffset AangemaaktOp { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    /// <summary>Changes the story and its photos; only while nominated. A change after the consent asks for it again.</summary>
    public void Wijzig(Etalageinhoud inhoud, DateTimeOffset now)
    {
        if (Status != EtalageStatus.Genomineerd)
            throw new DomainException("Een gepubliceerd of gearchiveerd verhaal wordt niet meer gewijzigd.");
        Zet(inhoud, now);
        Toestemming = null;
    }

    /// <summary>Records the initiative's consent to show this story as it now stands.</summary>
    public void GeefToestemming(string door, DateTimeOffset now)
    {
        if (Status != EtalageStatus.Genomineerd)
            throw new DomainException("Toestemming wordt gegeven voordat het verhaal wordt gepubliceerd.");
        if (Tekst.IsBlank(door))
            throw new DomainException("Zeg wie namens het initiatief toestemming gaf.");
        Toestemming = new Toestemming(door.Trim(), now);
        GewijzigdOp = now;
    }

    /// <summary>
    /// Publishes the story (R6.4): only with the initiative's consent, and only when every file attached to it is one
    /// of its photos, each with consent (so no file reaches the public without it).
    /// </summary>
    /// <param name="bijlagen">The ids of every file attached to this story.</param>
    public void Publiceer(IReadOnlyCollection<Guid> bijlagen, DateTimeOffset now)
    {
        if (Status != EtalageStatus.Genomineerd)
            throw new DomainException("Alleen een genomineerd verhaal wordt gepubliceerd.");
        if (Toestemming is null)
            throw new DomainException("Het initiatief heeft nog geen toestemming gegeven om dit verhaal in de etalage te zetten.");
        var zonder = bijlagen.Count(b => Fotos.All(f => f.BijlageId != b));
        if (zonder > 0)
            throw new DomainException($"Er {(zonder == 1 ? "is 1 bestand" : $"zijn {zonder} bestanden")} bij dit verhaal geplaatst zonder bijschrift en toestemming; voeg ze toe als foto of plaats het verhaal opnieuw.");
        if (Fotos.Any(f => !bijlagen.Contains(f.BijlageId)))
            throw new DomainException("Een foto van het verhaal is niet (meer) bij het verhaal geplaatst.");
        Status = EtalageStatus.Gepubliceerd;
        GepubliceerdOp = now;
        GewijzigdOp = now;
    }

    /// <summary>Takes a published story out of the etalage; it is kept, no longer public.</summary>
    public void Archiveer(DateTimeOffset now)
    {
        if (Status != EtalageStatus.Gepubliceerd)
            throw new DomainException("Alleen een gepubliceerd verhaal wordt gearchiveerd.");
        Status = EtalageStatus.Gearchiveerd;
        GewijzigdOp = now;
    }

    public bool IsOpenbaar => Status == EtalageStatus.Gepubliceerd;

    private void Zet(Etalageinhoud inhoud, DateTimeOffset now)
    {
        if (Tekst.IsBlank(inhoud.Titel) || Tekst.IsBlank(inhoud.Verhaal) || Tekst.IsBlank(inhoud.Lessen) || Tekst.IsBlank(inhoud.Contact))
            throw new DomainException("Een verhaal heeft een titel, het verhaal, wat anderen ervan leren en een contact.");
        if (!Enum.IsDefined(inhoud.Herkomst))
            throw new DomainException("Kies waar het verhaal vandaan komt.");
        if (inhoud.Fotos.Count > MeesteFotos)
            throw new DomainException($"Hoogstens {MeesteFotos} foto's bij een verhaal.");
        if (inhoud.Fotos.Any(f => Tekst.IsBlank(f.Bijschrift) || Tekst.IsBlank(f.ToestemmingVan)))
            throw new DomainException("Elke foto heeft een bijschrift en de naam van wie toestemming gaf voor de foto.");
        if (inhoud.Fotos.Select(f => f.BijlageId).Distinct().Count() != inhoud.Fotos.Count)
            throw new DomainException("Een foto staat twee keer bij het verhaal.");
        Titel = inhoud.Titel.Trim();
        Verhaal = inhoud.Verhaal.Trim();
        Lessen = inhoud.Lessen.Trim();
        Contact = inhoud.Contact.Trim();
        Herkomst = inhoud.Herkomst;
        OrganisatieId = inhoud.OrganisatieId;
        WijkId = inhoud.WijkId;
        Fotos = [.. inhoud.Fotos.Select(f => f with { Bijschrift = f.Bijschrift.Trim(), ToestemmingVan = f.ToestemmingVan.Trim() })];
        GewijzigdOp = now;
    }
}

/// <summary>What the nominator or the gemeente writes of a story.</summary>
public sealed record Etalageinhoud(
    string Titel, string Verhaal, string Lessen, string Contact, Herkomst Herkomst, Guid? OrganisatieId, Guid? WijkId, IReadOnlyList<Etalagefoto> Fotos);
