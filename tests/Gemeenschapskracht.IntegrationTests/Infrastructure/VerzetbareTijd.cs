namespace Gemeenschapskracht.IntegrationTests.Infrastructure;

/// <summary>The system clock until a test sets it: for jobs whose deadlines lie years ahead of the demo data.</summary>
public sealed class VerzetbareTijd : TimeProvider
{
    private DateTimeOffset? gezet;

    public void Zet(DateTimeOffset moment) => gezet = moment;

    public void Herstel() => gezet = null;

    public override DateTimeOffset GetUtcNow() => gezet ?? System.GetUtcNow();
}
