using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Domain.Verzoeken;

/// <summary>How many weeks an institution has to answer a request of an agenda, per gemeente (R3.7); six when none is set.</summary>
public sealed class Reactietermijn : IAudited
{
    public const int StandaardWeken = 6;
    public const int MinWeken = 1;
    public const int MaxWeken = 26;

    private Reactietermijn() { }

    public Reactietermijn(int weken, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        Wijzig(weken, now);
    }

    public Guid Id { get; private set; }

    public int Weken { get; private set; }

    public DateTimeOffset GewijzigdOp { get; private set; }

    public void Wijzig(int weken, DateTimeOffset now)
    {
        if (weken is < MinWeken or > MaxWeken)
            throw new DomainException($"De reactietermijn ligt tussen {MinWeken} en {MaxWeken} weken.");
        Weken = weken;
        GewijzigdOp = now;
    }
}
