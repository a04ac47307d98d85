using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Persoonsgegevens;
using Gemeenschapskracht.Domain.Regels;

namespace Gemeenschapskracht.Domain.BuurtTops;

/// <summary>An invitation mailed to an address in a category (R3.3); one per address and BuurtTop.</summary>
[Verwerking("Uitnodigingen voor een BuurtTop",
    "Mensen uit een categorie die nog ontbreekt persoonlijk uitnodigen voor een BuurtTop.",
    "Algemeen belang (AVG art. 6 lid 1 sub e): de wijktoekomstagenda voorbereiden.",
    "Genodigden",
    "Zolang de BuurtTop bestaat; op verzoek gewist.")]
public sealed class BuurtTopUitnodiging : IAudited, IPersoonsgegevensHouder
{
    private BuurtTopUitnodiging() { }

    public BuurtTopUitnodiging(BuurtTop buurtTop, Deelnemerscategorie categorie, string email, string verstuurdDoor, DateTimeOffset now)
    {
        buurtTop.EnsureOpenVoorDeelnemers();
        Id = Guid.CreateVersion7(now);
        BuurtTopId = buurtTop.Id;
        Categorie = categorie;
        Email = Aanmelding.Normaliseer(email);
        VerstuurdDoor = verstuurdDoor;
        VerstuurdOp = now;
    }

    public Guid Id { get; private set; }

    public Guid BuurtTopId { get; private set; }

    public Deelnemerscategorie Categorie { get; private set; }

    [Persoonsgegeven("E-mailadres")]
    public string Email { get; private set; } = "";

    public string VerstuurdDoor { get; private set; } = "";

    public DateTimeOffset VerstuurdOp { get; private set; }

    public IReadOnlyList<Gegeven> GegevensVan(Betrokkene betrokkene) =>
        betrokkene.Gegevens([Email], ("E-mailadres", Email), ("Categorie", Categorie.ToString()), ("Uitgenodigd op", $"{Kalender.Dag(VerstuurdOp):dd-MM-yyyy}"));

    [Regel(Regelcatalogus.Avg17)]
    public void Anonimiseer(Betrokkene betrokkene, string pseudoniem, DateTimeOffset now)
    {
        if (GegevensVan(betrokkene).Count > 0)
            Email = pseudoniem;
    }
}
