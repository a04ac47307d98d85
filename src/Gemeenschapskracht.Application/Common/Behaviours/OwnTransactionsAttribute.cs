namespace Gemeenschapskracht.Application.Common.Behaviours;

/// <summary>
/// A long-running command that commits in steps of its own, so that its progress is visible while it runs and a
/// failure is recorded rather than rolled back with everything else (provisioning a gemeente). The transaction
/// behaviour leaves it alone; the command must say why.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class OwnTransactionsAttribute(string reason) : Attribute
{
    public string Reason { get; } = reason;
}
