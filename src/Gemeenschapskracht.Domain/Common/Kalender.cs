namespace Gemeenschapskracht.Domain.Common;

/// <summary>The Dutch calendar day of an instant: a raadsbesluit of "today" is today in the Netherlands, not in UTC.</summary>
public static class Kalender
{
    private static readonly TimeZoneInfo Nederland = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateOnly Dag(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Nederland).DateTime);
}
