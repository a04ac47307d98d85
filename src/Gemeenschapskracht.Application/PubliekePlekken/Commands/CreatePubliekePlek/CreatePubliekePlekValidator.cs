using FluentValidation;
using Gemeenschapskracht.Application.PubliekePlekken.Shared;

namespace Gemeenschapskracht.Application.PubliekePlekken.Commands.CreatePubliekePlek;

public sealed class CreatePubliekePlekValidator : AbstractValidator<CreatePubliekePlekCommand>
{
    public CreatePubliekePlekValidator() => this.AddPlekRules();
}
