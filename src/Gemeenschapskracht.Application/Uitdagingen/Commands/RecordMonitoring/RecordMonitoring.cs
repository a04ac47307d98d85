using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Uitdagingen.Dtos;
using Gemeenschapskracht.Application.Uitdagingen.Shared;
using Mediator;

namespace Gemeenschapskracht.Application.Uitdagingen.Commands.RecordMonitoring;

/// <summary>A monitoring note on a transferred task: what the gemeente saw while the residents carried it out.</summary>
[Authorize(Roles = UitdagingQueries.Behandelaars)]
public sealed record RecordMonitoringCommand : ICommand<UitdagingDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required DateOnly Datum { get; init; }

    public required string Tekst { get; init; }
}

public sealed class RecordMonitoringValidator : AbstractValidator<RecordMonitoringCommand>
{
    public RecordMonitoringValidator() => RuleFor(c => c.Tekst).RequiredText("de monitoringnotitie", 4000);
}

public sealed class RecordMonitoringHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RecordMonitoringCommand, UitdagingDto>
{
    public async ValueTask<UitdagingDto> Handle(RecordMonitoringCommand c, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var uitdaging = await db.ZichtbareUitdagingen(user).VindAsync(c.Id, cancellationToken);
        uitdaging.NoteerMonitoring(c.Datum, c.Tekst, user.Weergavenaam, now);
        await db.SaveChangesAsync(cancellationToken);
        return uitdaging.ToDto(await db.UitdagerAsync(uitdaging, cancellationToken), now);
    }
}
