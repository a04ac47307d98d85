using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Uitdagingen.Dtos;
using Gemeenschapskracht.Application.Uitdagingen.Shared;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Subsidies;
using Gemeenschapskracht.Domain.Uitdagingen;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Uitdagingen.Commands.RecordOverdracht;

/// <summary>
/// Records what transfers the task and budget of a granted challenge: a subsidy beschikking of this gemeente, a
/// dienstverleningsafspraak (by id) or another agreement.
/// </summary>
[Authorize(Roles = UitdagingQueries.Behandelaars)]
public sealed record RecordOverdrachtCommand : ICommand<UitdagingDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required OverdrachtSoort Soort { get; init; }

    /// <summary>The beschikking or dienstverleningsafspraak; null for another agreement.</summary>
    public required Guid? DocumentId { get; init; }

    public required string Omschrijving { get; init; }

    /// <summary>The day the task passes to the residents.</summary>
    public required DateOnly Per { get; init; }
}

public sealed class RecordOverdrachtValidator : AbstractValidator<RecordOverdrachtCommand>
{
    public RecordOverdrachtValidator()
    {
        RuleFor(c => c.Soort).IsInEnum().WithMessage("Kies een subsidiebeschikking, een dienstverleningsafspraak of een overeenkomst.");
        RuleFor(c => c.Omschrijving).RequiredText("wat er overgaat", 4000);
    }
}

public sealed class RecordOverdrachtHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RecordOverdrachtCommand, UitdagingDto>
{
    public async ValueTask<UitdagingDto> Handle(RecordOverdrachtCommand c, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var uitdaging = await db.ZichtbareUitdagingen(user).VindAsync(c.Id, cancellationToken);
        if (c.Soort == OverdrachtSoort.Subsidiebeschikking && c.DocumentId is { } id && !await db.Set<Beschikking>().AnyAsync(b => b.Id == id, cancellationToken))
            throw new DomainException("Deze subsidiebeschikking bestaat niet in deze gemeente.");
        uitdaging.LegOverdrachtVast(c.Soort, c.DocumentId, c.Omschrijving, c.Per, now);
        await db.SaveChangesAsync(cancellationToken);
        return uitdaging.ToDto(await db.UitdagerAsync(uitdaging, cancellationToken), now);
    }
}
