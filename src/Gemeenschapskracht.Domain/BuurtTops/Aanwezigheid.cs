using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Domain.BuurtTops;

/// <summary>Who came to the BuurtTop, counted by category on the day (R3.3; about 150 in the OHG example).</summary>
public sealed record Aanwezigheid(int Bewoners, int Sterkhouders, int Ondernemers, int Zzpers, int Professionals, int Ambtenaren, int Raadsleden)
{
    public int Totaal => Bewoners + Sterkhouders + Ondernemers + Zzpers + Professionals + Ambtenaren + Raadsleden;

    public void Controleer()
    {
        if (new[] { Bewoners, Sterkhouders, Ondernemers, Zzpers, Professionals, Ambtenaren, Raadsleden }.Any(n => n < 0))
            throw new DomainException("Een aantal aanwezigen kan niet negatief zijn.");
        if (Totaal == 0)
            throw new DomainException("Er was niemand aanwezig? Tel de aanwezigen per groep; een BuurtTop zonder deelnemers is niet gehouden.");
    }
}
