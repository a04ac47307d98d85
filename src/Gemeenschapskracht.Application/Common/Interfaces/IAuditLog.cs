using Gemeenschapskracht.Domain.Auditing;

namespace Gemeenschapskracht.Application.Common.Interfaces;

/// <summary>
/// The one way to write the audit trail (architecture §6): the save interceptor for every change of an audited
/// entity, and sign-in pages, the token server and refusal logging for events that change no entity. It stamps who
/// (the current caller, unless the entry names an actor), from where and when; details are serialised as JSON.
/// </summary>
public interface IAuditLog
{
    /// <summary>The record of an entry, to add to the save that makes the change it describes.</summary>
    AuditRecord Create(AuditEntry entry);

    /// <summary>Records an event on its own, now: a refusal, a sign-in, a failed code.</summary>
    Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken);
}

/// <param name="TenantId">The gemeente the event concerns; null for the platform or a person across gemeenten.</param>
/// <param name="Action">Dutch, past tense: <c>aangemeld</c>, <c>geweigerd</c>, <c>gewijzigd</c>.</param>
/// <param name="Result">Dutch: <c>geslaagd</c>, <c>geweigerd</c>, or the HTTP status of a refusal.</param>
public sealed record AuditEntry(Guid? TenantId, string Action, string ObjectType, string ObjectId, string Result)
{
    /// <summary>Who did it, when it is not the current caller (a client id at the token endpoint, an e-mail address at sign-in).</summary>
    public string? Actor { get; init; }

    /// <summary>Serialised as JSON; never a secret (token hashes, passwords, logo bytes).</summary>
    public object? Details { get; init; }
}
