using Gemeenschapskracht.Application.Common.Betalingen;
using Gemeenschapskracht.Domain.Subsidies;

namespace Gemeenschapskracht.Application.Subsidies.Shared;

public static class BetaalopdrachtSepa
{
    /// <summary>A batch of voorschotten as the transfers of a pain.001 file.</summary>
    public static Sepabatch ToSepa(this Betaalopdracht opdracht) => new(opdracht.Berichtkenmerk, opdracht.Opdrachtgever, opdracht.OpdrachtgeverIban,
        opdracht.Uitvoerdatum, opdracht.Regels.Select(r => new Sepaoverschrijving(r.EindTotEindKenmerk, r.Bedrag, r.Begunstigde, r.Iban, r.Omschrijving)).ToList());
}
