using Gemeenschapskracht.Domain.Administraties;
using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Api.Seeding.Demo;

/// <summary>
/// Last month's bank statement of a demo group, as the bank would send it (one line per bank booking, the booking's text
/// as the remittance), imported so every line is matched to its journal entry: the bank page shows a matched statement,
/// and the month stays closable.
/// </summary>
internal static class DemoBankafschrift
{
    /// <summary>A statement of <paramref name="hostrekening"/>, the host's account the groups' money is kept on.</summary>
    public static Bankafschrift Maak(Administratie administratie, string hostrekening, IReadOnlyList<Journaalpost> posten, DateTimeOffset now)
    {
        var vandaag = Kalender.Dag(now);
        var van = new DateOnly(vandaag.Year, vandaag.Month, 1).AddMonths(-1);
        var tot = van.AddMonths(1).AddDays(-1);
        var beginsaldo = posten.Where(p => p.Boekdatum < van).Aggregate(Bedrag.Nul, (som, p) => som + Bankmatching.Bankbedrag(p));
        var boekingen = posten.Where(p => p.Soort == JournaalpostSoort.Boeking && p.Boekdatum >= van && p.Boekdatum <= tot)
            .Select(p => (Post: p, Bedrag: Bankmatching.Bankbedrag(p)))
            .Where(p => p.Bedrag != Bedrag.Nul)
            .OrderBy(p => p.Post.Boekdatum).ThenBy(p => p.Post.Nummer)
            .Select(p => new Bankboeking(p.Post.Boekdatum, p.Bedrag.IsNegatief ? Bedrag.Nul - p.Bedrag : p.Bedrag,
                p.Bedrag.IsNegatief ? Mutatierichting.Afschrijving : Mutatierichting.Bijschrijving, null, null, p.Post.Omschrijving, null))
            .ToList();
        var eindsaldo = boekingen.Aggregate(beginsaldo, (som, b) => b.Richting == Mutatierichting.Bijschrijving ? som + b.Bedrag : som - b.Bedrag);
        var gegevens = new Bankafschriftgegevens($"DEMO-{van:yyyy-MM}-{administratie.Id.ToString()[^4..]}", hostrekening, van, tot, beginsaldo, eindsaldo, boekingen);
        return Bankafschrift.Importeer(administratie, gegevens, hostrekening, $"camt053-{van:yyyy-MM}.xml", posten, [], "Demo backoffice", now);
    }
}
