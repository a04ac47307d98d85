using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Domain.BuurtTops;

/// <summary>An invitation mailed to an address in a category (R3.3); one per address and BuurtTop.</summary>
public sealed class BuurtTopUitnodiging : IAudited
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

    [Persoonsgegeven]
    public string Email { get; private set; } = "";

    public string VerstuurdDoor { get; private set; } = "";

    public DateTimeOffset VerstuurdOp { get; private set; }
}
