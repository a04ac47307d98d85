using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Verzoeken.Dtos;
using Gemeenschapskracht.Application.Verzoeken.Shared;
using Gemeenschapskracht.Application.Wijkbeelden.Shared;
using Gemeenschapskracht.Domain.Verzoeken;
using Gemeenschapskracht.Domain.Wijktoekomstagendas;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Verzoeken.Commands.UpdateToezegging;

/// <summary>The agenda's team (or the gemeente) records whether an institution kept a promise.</summary>
[Authorize(Roles = WijkbeeldToegang.Teamrollen)]
public sealed record UpdateToezeggingCommand : ICommand<InstellingToezeggingDto>
{
    [JsonIgnore]
    public Guid VerzoekId { get; init; }

    [JsonIgnore]
    public Guid ToezeggingId { get; init; }

    public required ToezeggingVoortgang Voortgang { get; init; }
}

public sealed class UpdateToezeggingValidator : AbstractValidator<UpdateToezeggingCommand>
{
    public UpdateToezeggingValidator() => RuleFor(c => c.Voortgang).IsInEnum().WithMessage("Kies open, nagekomen of nietNagekomen.");
}

public sealed class UpdateToezeggingHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<UpdateToezeggingCommand, InstellingToezeggingDto>
{
    public async ValueTask<InstellingToezeggingDto> Handle(UpdateToezeggingCommand command, CancellationToken cancellationToken)
    {
        var verzoek = await db.Set<Verzoek>().VindAsync(command.VerzoekId, cancellationToken);
        var team = await db.Set<Wijktoekomstagenda>().Where(a => a.Id == verzoek.AgendaId).Select(a => a.Team).FirstAsync(cancellationToken);
        WijkbeeldToegang.Schrijver(user, team, clock.GetUtcNow());
        var t = verzoek.ZetToezegging(command.ToezeggingId, command.Voortgang);
        await db.SaveChangesAsync(cancellationToken);
        return new InstellingToezeggingDto(t.Id, t.Omschrijving, t.Uiterlijk, t.Voortgang, false);
    }
}
