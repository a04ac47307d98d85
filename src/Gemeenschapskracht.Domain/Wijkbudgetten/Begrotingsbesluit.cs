using Gemeenschapskracht.Domain.Beleidskaders;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Regels;

namespace Gemeenschapskracht.Domain.Wijkbudgetten;

/// <summary>
/// The raad's adoption of the gemeente's budget (begroting) for a year: what lifts the begrotingsvoorbehoud
/// (Awb 4:34) from that year's tranches. One per year.
/// </summary>
[Regel(Regelcatalogus.Awb4_34)]
public sealed class Begrotingsbesluit : IAudited
{
    private Begrotingsbesluit() { }

    public Begrotingsbesluit(int jaar, Raadsbesluit besluit, DateTimeOffset now)
    {
        besluit.ControleerGenomen(now);
        if (jaar < besluit.Datum.Year || jaar > besluit.Datum.Year + 1)
            throw new DomainException($"Een begroting voor {jaar} wordt vastgesteld in {jaar - 1} of {jaar}, niet op {besluit.Datum:dd-MM-yyyy}.");
        Id = Guid.CreateVersion7(now);
        Jaar = jaar;
        Besluit = besluit;
        VastgelegdOp = now;
    }

    public Guid Id { get; private set; }

    public int Jaar { get; private set; }

    public Raadsbesluit Besluit { get; private set; } = null!;

    public DateTimeOffset VastgelegdOp { get; private set; }
}
