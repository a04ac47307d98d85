namespace Gemeenschapskracht.Domain.Gebieden;

/// <summary>The level of an area in the wijkindeling: gemeente → wijk → buurt.</summary>
public enum GebiedSoort
{
    Gemeente = 0,
    Wijk = 1,
    Buurt = 2,
}
