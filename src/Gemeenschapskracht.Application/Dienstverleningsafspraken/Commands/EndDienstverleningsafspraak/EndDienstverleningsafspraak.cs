using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Dienstverleningsafspraken.Dtos;
using Gemeenschapskracht.Application.Dienstverleningsafspraken.Shared;
using Mediator;

namespace Gemeenschapskracht.Application.Dienstverleningsafspraken.Commands.EndDienstverleningsafspraak;

/// <summary>The gemeente ends an agreement before it is reviewed to the end, always with the reason (G-9).</summary>
[Authorize(Roles = DienstverleningsafspraakQueries.Beheerders)]
public sealed record EndDienstverleningsafspraakCommand : ICommand<DienstverleningsafspraakDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required string Reden { get; init; }
}

public sealed class EndDienstverleningsafspraakValidator : AbstractValidator<EndDienstverleningsafspraakCommand>
{
    public EndDienstverleningsafspraakValidator() => RuleFor(c => c.Reden).RequiredText("de reden van de beëindiging", 2000);
}

public sealed class EndDienstverleningsafspraakHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<EndDienstverleningsafspraakCommand, DienstverleningsafspraakDto>
{
    public async ValueTask<DienstverleningsafspraakDto> Handle(EndDienstverleningsafspraakCommand command, CancellationToken cancellationToken)
    {
        var afspraak = await db.ZichtbareAfspraken(user).VindAsync(command.Id, cancellationToken);
        afspraak.Beeindig(command.Reden, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(user, afspraak, cancellationToken);
    }
}
