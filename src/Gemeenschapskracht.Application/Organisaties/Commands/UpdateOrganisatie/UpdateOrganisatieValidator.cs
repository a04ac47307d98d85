using FluentValidation;
using Gemeenschapskracht.Application.Organisaties.Commands.CreateOrganisatie;

namespace Gemeenschapskracht.Application.Organisaties.Commands.UpdateOrganisatie;

public sealed class UpdateOrganisatieValidator : AbstractValidator<UpdateOrganisatieCommand>
{
    public UpdateOrganisatieValidator() => this.AddOrganisatieRules();
}
