using Gemeenschapskracht.Domain.Visitaties;

namespace Gemeenschapskracht.Application.Visitaties.Shared;

/// <summary>The Dutch words for a visitatie's marks and stages, as reports and mails write them.</summary>
public static class VisitatieLabels
{
    public static string Oordeel(Oordeel oordeel) => oordeel switch
    {
        Domain.Visitaties.Oordeel.Beginnend => "beginnend",
        Domain.Visitaties.Oordeel.InOntwikkeling => "in ontwikkeling",
        Domain.Visitaties.Oordeel.Sterk => "sterk",
        _ => "inspirerend voorbeeld",
    };

    public static string Panelrol(Panelrol rol) => rol switch
    {
        Domain.Visitaties.Panelrol.Bewoner => "bewoner uit een andere wijk",
        Domain.Visitaties.Panelrol.Raadslid => "raadslid",
        _ => "collega-professional",
    };
}
